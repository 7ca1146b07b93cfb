/**
 * One place that turns "convert from X" into a converter, for the Chuyển mã dialog, the
 * importer's .txt path and `soan-tin convert`, so all three read a text the same way.
 *
 * - 'auto' judges the text as a whole (detectLegacyEncoding) and repairs it as detected; text
 *   that reads as correct Unicode is only composed (NFC). VIQR is never guessed: its marks are
 *   ordinary punctuation, so it is read only when chosen.
 * - 'tcvn3' honours the capitals reading when the text is all capitals as an "H" font gives them.
 */
import { detectLegacyEncoding, repairLegacyText, type LegacyDetection } from '../legacy/detect';
import { fromTcvn3 } from '../legacy/tcvn3';
import { fromVni } from '../legacy/vni';
import { fromViqr } from '../legacy/viqr';
import { fromCombiningUnicode } from '../legacy/unicode-combining';

export const SOURCE_ENCODINGS = ['auto', 'tcvn3', 'vni', 'viqr', 'unicode'] as const;
export type SourceEncoding = (typeof SOURCE_ENCODINGS)[number];

export function isSourceEncoding(value: string): value is SourceEncoding {
  return (SOURCE_ENCODINGS as readonly string[]).includes(value);
}

export interface TextConverter {
  /** What the text was read as ('auto' resolved): for the dialog's "Nhận ra: …". */
  detected: LegacyDetection | null;
  convert: (text: string) => string;
}

/** The converter for `source`, judged on `sample` (the whole text to convert, or its start). */
export function converterFor(source: SourceEncoding, sample: string): TextConverter {
  switch (source) {
    case 'auto': {
      const detected = detectLegacyEncoding(sample);
      return { detected, convert: (text) => repairLegacyText(text, detected) };
    }
    case 'tcvn3': {
      const detected = detectLegacyEncoding(sample);
      const capitals = detected.encoding === 'tcvn3' && detected.capitals === true;
      return { detected: null, convert: (text) => fromTcvn3(text, { capitals }).normalize('NFC') };
    }
    case 'vni':
      return { detected: null, convert: (text) => fromVni(text).normalize('NFC') };
    case 'viqr':
      return { detected: null, convert: (text) => fromViqr(text) };
    case 'unicode':
      return { detected: null, convert: fromCombiningUnicode };
  }
}

/** The first `count` non-empty lines of a text, for a preview. */
export function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    lines.push(line);
    if (lines.length >= count) break;
  }
  return lines;
}
