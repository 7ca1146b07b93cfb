import { inOfficeOn } from './in-office';
import type { DirectoryPerson } from './person-schema';
import { sortByProtocol } from './protocol-order';

/** One person the "@" picker offers, and whether they were in office on the article's date. */
export interface MentionCandidate {
  readonly person: DirectoryPerson;
  readonly inOffice: boolean;
}

/** A key for matching typed text: NFC, lower case, tone and vowel marks removed, đ as d. */
export function mentionKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The people the "@" picker lists for what the officer typed after "@": every word of the
 * query must begin a word of the name, the unit or a title (with or without tone marks), or
 * the whole query must occur in one of them. People come in protocol order; those out of
 * office on the article's date are kept (they may still be meant) but marked.
 */
export function mentionCandidates(
  people: readonly DirectoryPerson[],
  query: string,
  articleDate: string,
  limit = 20,
): MentionCandidate[] {
  const q = mentionKey(query);
  const words = q ? q.split(' ') : [];
  const matches = people.filter((p) => {
    if (!words.length) return true;
    const fields = [p.name, p.unit, ...p.titles].map(mentionKey);
    if (fields.some((f) => f.includes(q))) return true;
    const fieldWords = fields.flatMap((f) => f.split(' '));
    return words.every((w) => fieldWords.some((fw) => fw.startsWith(w)));
  });
  return sortByProtocol(matches)
    .slice(0, limit)
    .map((person) => ({ person, inOffice: inOfficeOn(person, articleDate) }));
}
