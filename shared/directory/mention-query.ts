/**
 * What the officer is typing after an "@" that asks for a person: the "@" must start a word
 * (the line's start, a space, an opening bracket or quote — never inside "ban@tinhuy.gov.vn"),
 * and the query after it is at most a few words of letters, with single spaces between them.
 */
export interface MentionQuery {
  /** Where the "@" stands in the text. */
  readonly start: number;
  /** The letters after it (may be empty: "@" alone offers everyone). */
  readonly query: string;
}

const OPENS_A_WORD = /[\s([{“‘"'«–—-]/u;
const QUERY = /^(?:[\p{L}\p{M}\p{N}.]+ ?){0,6}$/u;

/** The "@" query that ends at the caret, given the text before the caret; null when there is none. */
export function mentionQueryBefore(textBeforeCaret: string, maxLength = 40): MentionQuery | null {
  const start = textBeforeCaret.lastIndexOf('@');
  if (start < 0) return null;
  if (start > 0 && !OPENS_A_WORD.test(textBeforeCaret[start - 1])) return null;
  const query = textBeforeCaret.slice(start + 1);
  if (query.length > maxLength || !QUERY.test(query)) return null;
  return { start, query };
}
