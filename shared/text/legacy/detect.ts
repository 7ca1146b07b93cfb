/**
 * Is this plain text legacy-encoded Vietnamese read as Windows-1252 (TCVN3 "Héi nghÞ", VNI
 * "Hoäi nghò"), Unicode Vietnamese that went through UTF-8 once too often ("Há»™i nghá»‹"), or
 * either legacy encoding with that extra UTF-8 layer on top ("HÃ©i")?
 *
 * Judged by what a reader would judge by: convert with each candidate and count the words
 * (those with a non-ASCII letter) that are Vietnamese syllables after, against those that
 * already were before. A candidate wins only when it turns clearly more words into Vietnamese
 * than the text had, and few into nonsense; plain English, code and correct Vietnamese make
 * no such gain, so they come out 'unicode' and nothing is offered. Single-letter words count
 * for little (a "·" in code would otherwise read as TCVN3 "ã").
 *
 * For one run or paragraph at a time: a document that mixes Unicode and TCVN3 paragraphs
 * should be judged paragraph by paragraph.
 */
import { byteOfChar } from './cp1252';
import { fixDoubleUtf8 } from './double-utf8';
import { isVietnameseSyllable } from './syllable';
import { fromTcvn3 } from './tcvn3';
import { fromVni } from './vni';
import { forEachWord, isWordChar } from './word-runs';

export type DetectedEncoding = 'tcvn3' | 'vni' | 'unicode' | 'unknown';

export interface LegacyDetection {
  encoding: DetectedEncoding;
  /**
   * 0..1: how clearly the text reads as that encoding. For 'unicode', how clearly no legacy
   * reading explains it better (1 for ASCII, English, correct Vietnamese); 0 for 'unknown'.
   */
  confidence: number;
  /** A short excerpt as it reads once repaired (for "Did you mean …?"). */
  sample?: string;
  /** The text carries one UTF-8 layer too many: `fixDoubleUtf8` first, then the encoding's converter. */
  doubleUtf8: boolean;
  /** TCVN3 only: the letters are all capitals, as an "H" font (.VnTimeH) gives them. */
  capitals?: boolean;
}

/** Enough text to judge; a whole book would only cost time. */
const MAX_CHARS = 20_000;
/** Weighted words a candidate must gain for full confidence. */
const FULL_GAIN = 4;
/** Below this, nothing is offered. */
const MIN_CONFIDENCE = 0.5;
const SAMPLE_CHARS = 120;
const MIN_SYMBOLS_INSIDE_WORDS = 3;

interface Tally {
  valid: number;
  invalid: number;
  /** Offset (in the text tallied) of the first valid word, for the sample. */
  firstValid: number;
  /** Valid words whose ASCII letters are all capitals, and valid words with ASCII letters at all. */
  capitalWords: number;
  asciiWords: number;
}

const hasNonAscii = (word: string) => {
  for (let i = 0; i < word.length; i += 1) if (word.charCodeAt(i) > 0x7f) return true;
  return false;
};

function tally(text: string): Tally {
  const t: Tally = { valid: 0, invalid: 0, firstValid: -1, capitalWords: 0, asciiWords: 0 };
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end).normalize('NFC');
    if (!hasNonAscii(word)) return;
    const weight = word.length === 1 ? 0.25 : 1;
    if (!isVietnameseSyllable(word)) {
      t.invalid += weight;
      return;
    }
    t.valid += weight;
    if (t.firstValid < 0) t.firstValid = start;
    const ascii = word.replace(/[^A-Za-z]/g, '');
    if (ascii) {
      t.asciiWords += 1;
      if (ascii === ascii.toUpperCase()) t.capitalWords += 1;
    }
  });
  return t;
}

interface Candidate {
  encoding: 'tcvn3' | 'vni' | 'unicode';
  doubleUtf8: boolean;
  convert: (text: string) => string;
}

const CANDIDATES: Candidate[] = [
  { encoding: 'tcvn3', doubleUtf8: false, convert: (t) => fromTcvn3(t) },
  { encoding: 'vni', doubleUtf8: false, convert: fromVni },
  { encoding: 'unicode', doubleUtf8: true, convert: fixDoubleUtf8 },
  { encoding: 'tcvn3', doubleUtf8: true, convert: (t) => fromTcvn3(fixDoubleUtf8(t)) },
  { encoding: 'vni', doubleUtf8: true, convert: (t) => fromVni(fixDoubleUtf8(t)) },
];

/** The start of the text's first `MAX_CHARS`, cut at a space so no word is split. */
function head(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  const cut = text.lastIndexOf(' ', MAX_CHARS);
  return text.slice(0, cut > 0 ? cut : MAX_CHARS);
}

/** The line around `at`, at most SAMPLE_CHARS long, cut at spaces. */
function excerpt(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  const from = at - lineStart > SAMPLE_CHARS / 2 ? text.lastIndexOf(' ', at) + 1 : lineStart;
  let line = text.slice(from, lineEnd < 0 ? undefined : lineEnd);
  if (line.length > SAMPLE_CHARS) {
    const cut = line.lastIndexOf(' ', SAMPLE_CHARS);
    line = `${line.slice(0, cut > 0 ? cut : SAMPLE_CHARS)}…`;
  }
  return line.trim();
}

/** Which encoding the text is in, and how sure that is. */
export function detectLegacyEncoding(text: string): LegacyDetection {
  const sampleText = head(text);
  const before = tally(sampleText);
  let best: { candidate: Candidate; confidence: number; after: Tally; converted: string } | null = null;
  for (const candidate of CANDIDATES) {
    const converted = candidate.convert(sampleText);
    if (converted === sampleText) continue;
    const after = tally(converted);
    const gain = after.valid - before.valid;
    if (gain <= 0) continue;
    const quality = after.valid / (after.valid + after.invalid);
    const confidence = quality * Math.min(1, gain / FULL_GAIN);
    const better = !best || confidence > best.confidence || (confidence === best.confidence && after.valid > best.after.valid);
    if (better) best = { candidate, confidence, after, converted };
  }
  if (best && best.confidence >= MIN_CONFIDENCE) {
    const { candidate, after } = best;
    const capitals = candidate.encoding === 'tcvn3' && after.asciiWords > 0 && after.capitalWords / after.asciiWords >= 0.8;
    const converted = capitals ? fromTcvn3(candidate.doubleUtf8 ? fixDoubleUtf8(sampleText) : sampleText, { capitals }) : best.converted;
    return {
      encoding: candidate.encoding,
      confidence: round(best.confidence),
      sample: excerpt(converted, Math.max(0, after.firstValid)),
      doubleUtf8: candidate.doubleUtf8,
      ...(candidate.encoding === 'tcvn3' ? { capitals } : {}),
    };
  }
  // Nothing converts: the text is what it says it is, unless symbols sit inside its words the
  // way only a wrong reading puts them ("Th­êng", "Há»™i") — then it is some encoding we do not know.
  const bestConfidence = best?.confidence ?? 0;
  const glued = symbolsInsideWords(sampleText);
  if (glued >= MIN_SYMBOLS_INSIDE_WORDS && glued > before.valid) {
    return { encoding: 'unknown', confidence: 0, doubleUtf8: false };
  }
  return { encoding: 'unicode', confidence: round(1 - bestConfidence), doubleUtf8: false };
}

/** Prose puts these between letters too: … ‘ ’ “ ” • – — (l’hôtel, don’t, a–b) and the Catalan l·l. */
const PROSE_INSIDE_WORDS = new Set([0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xa0, 0xb7]);

/** Symbols of the Windows-1252 upper half (signs, the soft hyphen, C1 controls) with a letter on both sides. */
function symbolsInsideWords(text: string): number {
  let count = 0;
  for (let i = 1; i + 1 < text.length; i += 1) {
    const byte = byteOfChar(text.charCodeAt(i));
    if (byte < 0x80 || byte > 0xbf || PROSE_INSIDE_WORDS.has(byte) || isWordChar(text.charCodeAt(i))) continue;
    if (isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1))) count += 1;
  }
  return count;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The text repaired as a detection says: converted for a legacy encoding, composed (NFC) for 'unicode', unchanged for 'unknown'. */
export function repairLegacyText(text: string, detection: LegacyDetection): string {
  if (detection.encoding === 'unknown') return text;
  const layer = detection.doubleUtf8 ? fixDoubleUtf8(text) : text;
  if (detection.encoding === 'tcvn3') return fromTcvn3(layer, { capitals: detection.capitals ?? false });
  if (detection.encoding === 'vni') return fromVni(layer);
  return layer.normalize('NFC');
}
