/**
 * Unicode → TCVN3 / VNI, as the Windows-1252 characters of the bytes (what a Word run in a
 * .VnTime or VNI-Times font holds). For fixtures, round-trip checks and the benchmark.
 * A character the encoding has no byte for is kept as it is: a CJK letter or ☺ stays itself,
 * but a Latin-1 letter Vietnamese does not use (ç, ñ) lands on a byte that means a Vietnamese
 * letter there, and reads back as that letter — as it did in the fonts.
 */
import { TCVN3_BASE_FONT_CAPITALS, tcvn3LowerLetters } from './tcvn3-table';
import { vniSpellings } from './vni-table';

/** Letter → byte in the normal font (lower case and the 7 untoned capitals). */
const TCVN3_NORMAL = new Map<string, number>();
/** Letter → byte in an "H" font (every letter as a capital). */
const TCVN3_H = new Map<string, number>();
for (const [byte, letter] of tcvn3LowerLetters()) {
  TCVN3_NORMAL.set(letter, byte);
  TCVN3_H.set(letter.toUpperCase(), byte);
}
for (const [byte, letter] of TCVN3_BASE_FONT_CAPITALS) {
  TCVN3_NORMAL.set(letter, byte);
  TCVN3_H.set(letter, byte);
}

/** A capital the normal font lacks (a toned capital, or a letter we have only in the H font). */
const needsHFont = (ch: string) => TCVN3_H.has(ch) && !TCVN3_NORMAL.has(ch);

function encodeTcvn3Char(ch: string, capitals: boolean): string {
  const byte = (capitals ? TCVN3_H.get(ch) ?? TCVN3_NORMAL.get(ch) : TCVN3_NORMAL.get(ch)) ?? TCVN3_NORMAL.get(ch.toLowerCase());
  return byte === undefined ? ch : String.fromCharCode(byte);
}

export interface Tcvn3EncodeOptions {
  /** Write for an "H" font: capitals at the lower-case positions. */
  capitals?: boolean;
}

/**
 * TCVN3 for one font. In the normal font a toned capital has no byte and is written at its
 * lower-case position, as typists who did not switch fonts did (the case is lost);
 * `toTcvn3Runs` keeps it by switching to the H font.
 */
export function toTcvn3(text: string, options: Tcvn3EncodeOptions = {}): string {
  const capitals = options.capitals ?? false;
  let out = '';
  for (const ch of text.normalize('NFC')) out += encodeTcvn3Char(ch, capitals);
  return out;
}

export interface Tcvn3Run {
  text: string;
  /** This run needs an "H" font (.VnTimeH). */
  capitals: boolean;
}

/** TCVN3 as a typist writes it: normal font, switching to the H font for the toned capitals. */
export function toTcvn3Runs(text: string): Tcvn3Run[] {
  const runs: Tcvn3Run[] = [];
  for (const ch of text.normalize('NFC')) {
    const capitals = needsHFont(ch);
    const last = runs.at(-1);
    const encoded = encodeTcvn3Char(ch, capitals);
    if (last && last.capitals === capitals) last.text += encoded;
    else runs.push({ text: encoded, capitals });
  }
  return runs;
}

const VNI = vniSpellings();

/** VNI-Windows bytes (as Windows-1252 characters) for Unicode text. */
export function toVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += VNI.get(ch) ?? ch;
  return out;
}
