/**
 * Where the tone sits in oa, oe, uy: two accepted styles.
 *
 * - old (the style of most administrative copy, and of the reference article): on the first
 *   letter — hòa, khỏe, thủy, Ủy ban.
 * - new (Quyết định 1989/QĐ-BGDĐT of 25/5/2018, art. 8: the tone goes on the main vowel, and in
 *   oa, oe, uy the o/u is the medial, not the main vowel): on the second — hoà, khoẻ, thuỷ.
 *
 * Only these three rhymes without a final differ. With a final or a semivowel after them
 * (hoàn, toán, huỳnh, ngoài, xoáy, khuỷu, khuya) both styles put the tone on the main vowel, so
 * they are never touched; nor are words whose u or i belongs to the onset (quý, qua, quà, giúp,
 * giữa) or whose rhyme is another (thuyền, Huế, thuở, lụa).
 */
import { parseSyllable } from './syllable';
import { composeLetter, letterParts } from './vietnamese-letters';
import { forEachWord } from './word-runs';

export type ToneStyle = 'old' | 'new';

export interface ToneStyleChange {
  /** Offsets in the text given (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  from: string;
  to: string;
}

export interface ToneStyleReport {
  old: number;
  new: number;
  mixed: boolean;
  /** A few distinct words of each style, as written. */
  examples: { old: string[]; new: string[] };
}

const TWO_STYLE_RHYMES = new Set(['oa', 'oe', 'uy']);
const MAX_EXAMPLES = 5;

/** Cheap test before parsing: the word ends in o+a, o+e or u+y, one of them toned. */
function mayDiffer(word: string): boolean {
  const n = word.length;
  if (n < 2 || n > 7) return false;
  const a = letterParts(word[n - 2]);
  const b = letterParts(word[n - 1]);
  if (!a || !b || (a.tone === 0 && b.tone === 0)) return false;
  return TWO_STYLE_RHYMES.has(a.base + b.base);
}

/** 'old' for hòa/thủy/ủy, 'new' for hoà/thuỷ/uỷ, null for a word whose tone placement has one style. */
export function toneStyleOfWord(word: string): ToneStyle | null {
  const nfc = word.normalize('NFC');
  if (!mayDiffer(nfc)) return null;
  const syllable = parseSyllable(nfc);
  if (!syllable || !TWO_STYLE_RHYMES.has(syllable.rhyme)) return null;
  const rhymeStart = nfc.length - 2;
  if (syllable.toneAt === rhymeStart) return 'old';
  if (syllable.toneAt === rhymeStart + 1) return 'new';
  return null;
}

/** The word in the other style (each letter keeps its case), or the word itself when nothing moves. */
function restyle(word: string, target: ToneStyle): string {
  const style = toneStyleOfWord(word);
  if (!style || style === target) return word;
  const n = word.length;
  const first = letterParts(word[n - 2])!;
  const second = letterParts(word[n - 1])!;
  const tone = first.tone || second.tone;
  const [toFirst, toSecond] = target === 'old' ? [tone, 0 as const] : [0 as const, tone];
  return word.slice(0, n - 2) + composeLetter(first.base, toFirst, first.upper) + composeLetter(second.base, toSecond, second.upper);
}

/** Combining marks in a word: only then is it normalised before it is judged. */
function hasCombining(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) return true;
  }
  return false;
}

function wordAt(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return hasCombining(text, start, end) ? raw.normalize('NFC') : raw;
}

/** The edits that bring the text to one style, with offsets, for an editor to apply per text node as one undo step. */
export function toneStyleChanges(text: string, target: ToneStyle): ToneStyleChange[] {
  const changes: ToneStyleChange[] = [];
  forEachWord(text, (start, end) => {
    if (end - start < 2) return;
    const word = wordAt(text, start, end);
    if (!mayDiffer(word)) return;
    const to = restyle(word, target);
    if (to !== word) changes.push({ start, end, from: text.slice(start, end), to });
  });
  return changes;
}

/** The text in one style: only the affected syllables change (NFC); every other character is left as it was. */
export function convertToneStyle(text: string, target: ToneStyle): string {
  const changes = toneStyleChanges(text, target);
  if (changes.length === 0) return text;
  let out = '';
  let at = 0;
  for (const change of changes) {
    out += text.slice(at, change.start) + change.to;
    at = change.end;
  }
  return out + text.slice(at);
}

/** How many words use each style, and whether the text mixes them. */
export function detectToneStyle(text: string): ToneStyleReport {
  const report: ToneStyleReport = { old: 0, new: 0, mixed: false, examples: { old: [], new: [] } };
  forEachWord(text, (start, end) => {
    if (end - start < 2) return;
    const word = wordAt(text, start, end);
    if (!mayDiffer(word)) return;
    const style = toneStyleOfWord(word);
    if (!style) return;
    report[style] += 1;
    const examples = report.examples[style];
    if (examples.length < MAX_EXAMPLES && !examples.includes(word)) examples.push(word);
  });
  report.mixed = report.old > 0 && report.new > 0;
  return report;
}
