/**
 * Find as a press officer expects from Word, for Vietnamese: by default tone and other marks do
 * not count ("hoi nghi" finds "Hội nghị", "Thuy" finds both "Thủy" and "Thuỷ", whichever tone
 * style the writer used) and đ matches d; options make case, marks and whole words count. Text
 * is folded once (a 20,000-word article takes a few milliseconds), then each query is a plain
 * indexOf over the folded text; every match maps back to offsets in the original NFC text.
 */

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
  /** Marks do not count: a, á, ă, ắ, â… are one letter; đ is d. */
  ignoreTones: boolean;
}

export const DEFAULT_FIND_OPTIONS: FindOptions = { matchCase: false, wholeWord: false, ignoreTones: true };

/** A match as offsets into the original text: [start, end). */
export interface TextMatch {
  start: number;
  end: number;
}

/** Text folded for searching, with, for each folded unit, the offset in the original it came from. */
export interface FoldedText {
  source: string;
  folded: string;
  /** origin[i] = offset in `source` of the unit that gave folded unit i; origin[folded.length] = source.length. */
  origin: Int32Array;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** How one character of NFC text reads when searching with these options. */
function foldChar(ch: string, ignoreTones: boolean, matchCase: boolean): string {
  let out = ch;
  if (ignoreTones) {
    out = out === 'đ' ? 'd' : out === 'Đ' ? 'D' : out.normalize('NFD').replace(COMBINING_MARKS, '');
  }
  return matchCase ? out : out.toLowerCase();
}

/** One cache per option pair: an article has a few hundred distinct characters. */
const foldCaches = new Map<string, Map<string, string>>();

function foldCache(options: FindOptions): Map<string, string> {
  const key = `${options.ignoreTones ? 't' : ''}${options.matchCase ? 'c' : ''}`;
  let cache = foldCaches.get(key);
  if (!cache) {
    cache = new Map();
    foldCaches.set(key, cache);
  }
  return cache;
}

/** Folds NFC text for searching (see FindOptions), keeping the way back to the original offsets. */
export function foldText(source: string, options: FindOptions): FoldedText {
  const cache = foldCache(options);
  const parts: string[] = [];
  const origin = new Int32Array(source.length + 1);
  let length = 0;
  for (let i = 0; i < source.length; ) {
    const code = source.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    let folded = cache.get(ch);
    if (folded === undefined) {
      folded = foldChar(ch, options.ignoreTones, options.matchCase);
      cache.set(ch, folded);
    }
    for (let k = 0; k < folded.length; k++) origin[length + k] = i;
    length += folded.length;
    parts.push(folded);
    i += ch.length;
    // Folded text longer than the original (İ lowercases to two units) would overrun the map;
    // it never happens with the letters news copy uses, but the slow fold copes if it does.
    if (length > i) return foldSlow(source, options);
  }
  origin[length] = source.length;
  return { source, folded: parts.join(''), origin: origin.subarray(0, length + 1) };
}

/** The same fold with a growable map, for text whose folded form is longer than itself. */
function foldSlow(source: string, options: FindOptions): FoldedText {
  const origin: number[] = [];
  let folded = '';
  for (let i = 0; i < source.length; ) {
    const ch = String.fromCodePoint(source.codePointAt(i)!);
    const f = foldChar(ch, options.ignoreTones, options.matchCase);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(source.length);
  return { source, folded, origin: Int32Array.from(origin) };
}

/** The query as it is looked for: NFC, folded like the text. */
export function foldQuery(query: string, options: FindOptions): string {
  return foldText(query.normalize('NFC'), options).folded;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return WORD_CHAR.test(text[index]!);
}

/** Every match of the query in folded text, in order, not overlapping, as original offsets. */
export function findInFolded(text: FoldedText, query: string, options: FindOptions, limit = Infinity): TextMatch[] {
  const needle = foldQuery(query, options);
  const matches: TextMatch[] = [];
  if (needle.length === 0) return matches;
  const { folded, origin, source } = text;
  let from = 0;
  while (matches.length < limit) {
    const at = folded.indexOf(needle, from);
    if (at < 0) break;
    const start = origin[at]!;
    const endUnit = at + needle.length;
    // A match that ends inside a character the fold split (rare) takes the whole character.
    let end = endUnit >= folded.length ? source.length : origin[endUnit]!;
    if (end <= start) end = start + 1;
    if (!options.wholeWord || (!isWordChar(source, start - 1) && !isWordChar(source, end))) {
      matches.push({ start, end });
      from = endUnit;
    } else {
      from = at + 1;
    }
  }
  return matches;
}

/** Every match of `query` in `text` (both NFC): the pure search, for one string. */
export function findMatches(text: string, query: string, options: FindOptions = DEFAULT_FIND_OPTIONS): TextMatch[] {
  return findInFolded(foldText(text, options), query, options);
}
