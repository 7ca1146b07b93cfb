import { WORD_END, WORD_START, escapeRegExp } from './body-abbreviations';
import { formatPerson } from './format-person';
import { inOfficeOn } from './in-office';
import type { DirectoryPerson } from './person-schema';
import { postStarts, startsWithPost } from './post-words';
import { joinTitlePieces } from './title-chain';
import { foldTonePlacement, sameTitle, tolerantSource } from './text-match';

export type MentionProblem = 'old-post' | 'missing-part' | 'out-of-office';

export interface MentionIssue {
  /** Offsets in the NFC text (the editor's text is NFC): the mention runs from start to end. */
  start: number;
  end: number;
  personId: string;
  /** The mention as written, from its first title (short form) or the name (full form). */
  written: string;
  /** What the directory says it should be. */
  expected: string;
  reason: MentionProblem;
}

type Verdict = 'ok' | 'missing-part' | 'old-post';

/** A name mention ends where a sentence or a list item does. */
const CLAUSE_END = /[;,.:!?()[\]"“”\n]/u;
const CHAIN_DASH = /^\s+[-–]\s+/u;
/** "nguyên Bí thư Tỉnh ủy …" (former), "cố Chủ tịch …" (late): the past is meant, and is right. */
const FORMER = /(?<![\p{L}\p{N}])(?:nguyên|cố)\s+$/iu;
const MAX_TITLE_LOOKBACK = 300;

interface Checker {
  date: string;
  /**
   * Every title the directory knows (all people, past and present), as one alternation,
   * longest first: ending a text (the earliest start wins, so the longest title), or starting it.
   */
  vocabulary: { atEnd: RegExp | null; atStart: RegExp | null };
}

/**
 * Mentions of directory people whose title chain differs from the directory on the article's
 * date (ISO, or '' for no date). Two shapes are read:
 * - "Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy" (full): a title not in the chain is
 *   an old post, a chain shorter than the directory's is a missing part;
 * - "Bí thư Tỉnh ủy Lê Thị Thủy" (short, any one of the person's titles or the short form): a
 *   title not in the chain is an old post.
 * A person whose directory entry is not in force on the date is out of office (unless another
 * entry with the same name is, as when someone moved post: then the old title is an old post).
 * Titles compare across tone placement, spacing and abbreviations (HĐND = Hội đồng nhân dân);
 * "nguyên …" (former) mentions are left alone.
 */
export function checkMentions(text: string, directory: readonly DirectoryPerson[], articleDate: string): MentionIssue[] {
  const src = text.normalize('NFC');
  const folded = foldTonePlacement(src);
  const checker: Checker = { date: articleDate, vocabulary: vocabularyOf(directory) };
  // People who share a name are judged together: the directory may hold a person's old post
  // as a second entry.
  const byName = new Map<string, DirectoryPerson[]>();
  for (const p of directory) {
    const key = nameKey(p.name);
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  if (byName.size === 0) return [];
  // One scan for every name, longest first so that a longer name wins where two overlap.
  const names = [...byName.values()].map((c) => foldTonePlacement(c[0].name)).sort((a, b) => b.length - a.length);
  const nameRe = new RegExp(`${WORD_START}(?:${names.map((n) => escapeRegExp(n).replace(/ /g, '\\s+')).join('|')})${WORD_END}`, 'gu');
  const issues: MentionIssue[] = [];
  for (const m of folded.matchAll(nameRe)) {
    const candidates = byName.get(nameKey(m[0]));
    if (!candidates) continue;
    const issue = checkOne(src, folded, m.index, m.index + m[0].length, candidates, checker);
    if (issue) issues.push(issue);
  }
  return issues;
}

function nameKey(name: string): string {
  return foldTonePlacement(name).replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

function vocabularyOf(directory: readonly DirectoryPerson[]): Checker['vocabulary'] {
  const titles = new Set<string>();
  for (const p of directory) {
    for (const t of [...p.titles, ...shortFormTitles(p)]) titles.add(t);
  }
  if (titles.size === 0) return { atEnd: null, atStart: null };
  const any = [...titles]
    .sort((a, b) => b.length - a.length)
    .map(tolerantSource)
    .join('|');
  return { atEnd: new RegExp(`${WORD_START}(?:${any})\\s+$`, 'iu'), atStart: new RegExp(`^(?:${any})${WORD_END}`, 'iu') };
}

/** A short form may hold several posts, "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": each is one of the person's titles. */
function shortFormTitles(p: DirectoryPerson): string[] {
  return p.shortForm ? [p.shortForm, ...p.shortForm.split(/\s*,\s*/).filter(Boolean)] : [];
}

function hasTitle(p: DirectoryPerson, written: string): boolean {
  return [...p.titles, ...shortFormTitles(p)].some((t) => sameTitle(t, written));
}

function checkOne(
  src: string,
  folded: string,
  nameStart: number,
  nameEnd: number,
  candidates: readonly DirectoryPerson[],
  checker: Checker,
): MentionIssue | null {
  const after = folded.slice(nameEnd);
  if (CHAIN_DASH.test(after)) return checkFull(src, folded, nameStart, nameEnd, candidates, checker);
  // "Lê Thị Thủy Tiên" is someone else.
  if (/^\s+\p{Lu}/u.test(after)) return null;
  return checkShort(src, folded, nameStart, nameEnd, candidates, checker);
}

/**
 * The " - " chain after a name: each title with its offsets. A title the directory knows is
 * taken whole (it may hold a comma, "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", and the last
 * one runs on into the sentence, "… Chủ tịch UBND tỉnh chủ trì hội nghị"); any other ends at
 * the clause.
 */
function chainAfter(folded: string, nameEnd: number, checker: Checker): { text: string; start: number; end: number }[] {
  const pieces: { text: string; start: number; end: number }[] = [];
  let at = nameEnd;
  for (;;) {
    const dash = CHAIN_DASH.exec(folded.slice(at));
    if (!dash) break;
    const start = at + dash[0].length;
    const rest = folded.slice(start);
    const known = checker.vocabulary.atStart?.exec(rest);
    const stop = rest.search(new RegExp(`${CLAUSE_END.source}|\\s+[-–]\\s+`, 'u'));
    const end = start + (known ? known[0].length : stop < 0 ? rest.length : stop);
    pieces.push({ text: folded.slice(start, end).trim(), start, end });
    at = end;
  }
  // A piece that does not begin with a post continues the title before it.
  const joined: { text: string; start: number; end: number }[] = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (!startsWithPost(piece.text)) {
      if (!last) break;
      last.text = folded.slice(last.start, piece.end);
      last.end = piece.end;
    } else joined.push({ ...piece });
  }
  return joined;
}

function checkFull(
  src: string,
  folded: string,
  nameStart: number,
  nameEnd: number,
  candidates: readonly DirectoryPerson[],
  checker: Checker,
): MentionIssue | null {
  const chain = chainAfter(folded, nameEnd, checker);
  if (chain.length === 0) return null;
  if (/^(?:nguyên|cố)(?![\p{L}])/iu.test(chain[0].text)) return null;
  const verdict = (p: DirectoryPerson): Verdict => {
    if (!chain.every((t) => hasTitle(p, t.text))) return 'old-post';
    const covered = p.titles.filter((t) => chain.some((w) => sameTitle(t, w.text)));
    return covered.length < p.titles.length ? 'missing-part' : 'ok';
  };
  const end = chain[chain.length - 1].end;
  const expected = (p: DirectoryPerson, former: boolean) =>
    [p.name, ...p.titles.map((t, i) => (former && i === 0 ? `nguyên ${t}` : t))].join(' - ');
  return decide(src, nameStart, end, candidates, checker, verdict, expected);
}

function checkShort(
  src: string,
  folded: string,
  nameStart: number,
  nameEnd: number,
  candidates: readonly DirectoryPerson[],
  checker: Checker,
): MentionIssue | null {
  const lookback = (end: number) => folded.slice(Math.max(0, end - MAX_TITLE_LOOKBACK), end);
  const first = titleEndingAt(lookback(nameStart), checker, true);
  if (!first) return null;
  const titles = [first.text];
  let start = nameStart - lookback(nameStart).length + first.start;
  // "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trương Quốc Huy": each title before a comma too.
  for (let n = 0; n < 4; n++) {
    const before = lookback(start);
    const comma = /,\s*$/u.exec(before);
    if (!comma) break;
    const found = titleEndingAt(`${before.slice(0, comma.index)} `, checker, false);
    if (!found) break;
    titles.unshift(found.text);
    start = start - before.length + found.start;
  }
  if (FORMER.test(lookback(start))) return null;
  const verdict = (p: DirectoryPerson): Verdict => (titles.every((t) => hasTitle(p, t)) ? 'ok' : 'old-post');
  const expected = (p: DirectoryPerson, former: boolean) => `${former ? 'nguyên ' : ''}${formatPerson(p, 'short')}`;
  return decide(src, start, nameEnd, candidates, checker, verdict, expected);
}

/** Words that never stand inside a title: "Trưởng ban báo cáo với Lê Thị Thủy" has no title before the name. */
const NOT_IN_TITLE = /(?<![\p{L}])(?:với|cùng|cho|có|là|được|đã|đang|sẽ|của|báo cáo|đề nghị|phát biểu|làm việc|tiếp|gặp|trao|tặng|chúc|thăm|dự|chủ trì|nghe|mời|gửi|thay mặt)(?![\p{L}])/u;

/**
 * The title a piece of text ends with (followed by the spaces before a name): the longest
 * title the directory knows; else, for the title right before the name, the words from the
 * first title of office in the same clause ("Giám đốc Sở Nội vụ"), if they can be a title.
 */
function titleEndingAt(before: string, checker: Checker, generic: boolean): { text: string; start: number } | null {
  const m = checker.vocabulary.atEnd?.exec(before);
  if (m) {
    // "Phó Chủ tịch UBND tỉnh" ends with "Chủ tịch UBND tỉnh" but is another post.
    const rank = /(?<![\p{L}])(?:Phó\s+Tổng|Phó|Tổng)\s+$/u.exec(before.slice(0, m.index));
    const start = rank ? rank.index : m.index;
    return { text: before.slice(start).trim(), start };
  }
  if (!generic || !/\s$/u.test(before)) return null;
  const clauseStart = lastClauseEnd(before) + 1;
  const clause = before.slice(clauseStart);
  const head = postStarts(clause)[0];
  if (head === undefined) return null;
  const text = clause.slice(head).trim();
  if (text.split(/\s+/).length > 10 || NOT_IN_TITLE.test(text)) return null;
  return { text, start: clauseStart + head };
}

function lastClauseEnd(text: string): number {
  let last = -1;
  for (let i = 0; i < text.length; i++) if (CLAUSE_END.test(text[i])) last = i;
  const dash = [...text.matchAll(/\s[-–]\s/gu)].pop();
  return dash ? Math.max(last, dash.index + 1) : last;
}

/** The issue for a mention, given how each directory entry with that name judges it. */
function decide(
  src: string,
  start: number,
  end: number,
  candidates: readonly DirectoryPerson[],
  checker: Checker,
  verdict: (p: DirectoryPerson) => Verdict,
  expected: (p: DirectoryPerson, former: boolean) => string,
): MentionIssue | null {
  const judged = candidates.map((p) => ({ p, v: verdict(p), inOffice: inOfficeOn(p, checker.date) }));
  const current = judged.filter((j) => j.inOffice);
  if (current.some((j) => j.v === 'ok')) return null;
  const issue = (p: DirectoryPerson, reason: MentionProblem): MentionIssue => ({
    start,
    end,
    personId: p.id,
    written: src.slice(start, end),
    expected: expected(p, reason === 'out-of-office'),
    reason,
  });
  const partial = current.find((j) => j.v === 'missing-part');
  if (partial) return issue(partial.p, 'missing-part');
  const past = judged.find((j) => !j.inOffice && j.v !== 'old-post');
  if (past) return current.length > 0 ? issue(current[0].p, 'old-post') : issue(past.p, 'out-of-office');
  return issue((current[0] ?? judged[0]).p, 'old-post');
}
