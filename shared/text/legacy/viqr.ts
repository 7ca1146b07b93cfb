/**
 * VIQR (RFC 1456) → Unicode (NFC). Opt-in only: VIQR's marks are ordinary punctuation.
 *
 * Rules: a( → ă; a^ e^ o^ → â ê ô; o+ u+ → ơ ư; dd/DD → đ/Đ; tones ' ` ? ~ . (sắc, huyền, hỏi,
 * ngã, nặng) written right after the vowel they go on, after its shape mark ("vie^.t",
 * "ngu+o+`i"); a backslash makes the next mark literal ("a\." is "a."). Conservative:
 *
 * 1. A mark counts only right after a vowel (or "dd"): "Cam on." stays "Cam on." — the period
 *    follows n, and in VIQR the tone follows the vowel, so it is punctuation.
 * 2. A word changes only when the result is a Vietnamese syllable; otherwise it is left exactly
 *    as written ("Addis", "e.g.", "don't").
 * 3. A "." or "?" that ends a word is a tone only when the sentence visibly goes on: a
 *    lower-case word follows ("Da. va^ng" → "Dạ vâng"), or another clause mark (",;:") or one
 *    more period ("a.." → "ạ."). Before a capital, a line end or the end of the text it is the
 *    sentence's own punctuation ("To^i ddi." → "Tôi đi."), so "nghi. Ban" stays as written:
 *    when unsure, no tone is added. Text written strictly to RFC 1456, where a period meant as
 *    punctuation after a vowel is always escaped ("ddi\."), is read with `{ strict: true }`.
 */
import { isVietnameseSyllable } from './syllable';
import { composeLetter, type Tone } from './vietnamese-letters';

const SHAPES: Record<string, Record<string, string>> = {
  '(': { a: 'ă' },
  '^': { a: 'â', e: 'ê', o: 'ô' },
  '+': { o: 'ơ', u: 'ư' },
};
const TONE_OF: Record<string, Tone> = { "'": 1, '`': 2, '?': 3, '~': 4, '.': 5 };
const MARKS = new Set([...Object.keys(SHAPES), ...Object.keys(TONE_OF)]);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

const isAsciiLetter = (ch: string | undefined) => ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
const isLower = (ch: string | undefined) => ch !== undefined && ch.toLowerCase() === ch && ch.toUpperCase() !== ch;

export interface ViqrOptions {
  /** RFC 1456 as written: a mark right after a vowel is always a mark (punctuation there is escaped). */
  strict?: boolean;
}

/** Whether a "." or "?" at j, right after a vowel, is that vowel's tone (rule 3). */
function endMarkIsTone(text: string, j: number, wordStart: number, strict: boolean): boolean {
  const next = text[j + 1];
  if (strict || isAsciiLetter(next)) return true;
  if (text[wordStart - 1] === '.') return false; // "i.e." and other dotted abbreviations
  if (next === ',' || next === ';' || next === ':') return true;
  if (next === '.') return text[j + 2] !== '.';
  if (next === ' ' || next === '\t') {
    let k = j + 1;
    while (text[k] === ' ' || text[k] === '\t') k += 1;
    return isLower(text[k]);
  }
  return false;
}

interface Letter {
  base: string;
  upper: boolean;
}

interface ReadWord {
  end: number;
  letters: Letter[];
  tone: Tone;
  toneAt: number;
  marked: boolean;
}

/** Reads one word from `start` (an ASCII letter), taking the marks that follow its vowels. */
function readWord(text: string, start: number, strict: boolean): ReadWord {
  const letters: Letter[] = [];
  let tone: Tone = 0;
  let toneAt = -1;
  let marked = false;
  let j = start;
  while (isAsciiLetter(text[j])) {
    const ch = text[j];
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    if (lower === 'd' && (text[j + 1] === 'd' || text[j + 1] === 'D')) {
      letters.push({ base: 'đ', upper });
      marked = true;
      j += 2;
      continue;
    }
    const letter: Letter = { base: lower, upper };
    letters.push(letter);
    j += 1;
    if (!VOWELS.has(lower)) continue;
    const shaped = SHAPES[text[j]]?.[lower];
    if (shaped) {
      letter.base = shaped;
      marked = true;
      j += 1;
    }
    const t = TONE_OF[text[j]];
    if (t && tone === 0 && (text[j] !== '.' && text[j] !== '?' ? true : endMarkIsTone(text, j, start, strict))) {
      tone = t;
      toneAt = letters.length - 1;
      marked = true;
      j += 1;
    }
  }
  return { end: j, letters, tone, toneAt, marked };
}

/** Unicode (NFC) for VIQR text; words that would not be Vietnamese are left as written. */
export function fromViqr(text: string, options: ViqrOptions = {}): string {
  const strict = options.strict ?? false;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && MARKS.has(text[i + 1])) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (!isAsciiLetter(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    const word = readWord(text, i, strict);
    if (word.marked) {
      const candidate = word.letters.map((l, k) => composeLetter(l.base, k === word.toneAt ? word.tone : 0, l.upper)).join('');
      if (isVietnameseSyllable(candidate)) {
        out += candidate;
        i = word.end;
        continue;
      }
    }
    // Not Vietnamese: copy the letters as they are; the marks after them are then plain punctuation.
    let j = i;
    while (isAsciiLetter(text[j])) j += 1;
    out += text.slice(i, j);
    i = j;
  }
  return out;
}
