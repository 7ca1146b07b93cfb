/**
 * Undo one UTF-8 layer too many: text whose UTF-8 bytes were read back as Windows-1252 (or
 * Latin-1), "Há»™i nghá»‹" for "Hội nghị". Each well-formed UTF-8 sequence of such characters
 * becomes its character; everything else is left as it is, so a text that is only partly
 * damaged is repaired where it is damaged.
 *
 * Only sequences that decode to what Vietnamese and Western copy holds are taken: Latin letters
 * and combining marks, Vietnamese letters (U+1Exx), punctuation, currency and letterlike
 * signs, emoji. Anything else — a C1 control, an overlong form, IPA, Cyrillic — is far more
 * likely a real letter followed by punctuation ("QUÊ”" is not U+0294) and stays. A byte that
 * Windows-1252 leaves undefined and that was dropped on the way ("á»" left of "ề") cannot be
 * told apart from five others and stays too.
 */
import { byteOfChar } from './cp1252';

/** Code point ranges a double-encoded Vietnamese or Western text plausibly holds. */
const WRITTEN: readonly (readonly [number, number])[] = [
  [0x00a0, 0x024f],
  [0x02c6, 0x02c6],
  [0x02dc, 0x02dc],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x20cf],
  [0x2100, 0x214f],
  [0x1f300, 0x1faff],
];

/** The smallest code point each sequence length encodes, by number of continuation bytes. */
const SHORTEST = [0, 0x80, 0x800, 0x10000];

const isContinuation = (byte: number) => byte >= 0x80 && byte <= 0xbf;

/** The code point of the sequence starting at i and its length in characters, or null. */
function decodeAt(text: string, i: number): [number, number] | null {
  const lead = byteOfChar(text.charCodeAt(i));
  if (lead < 0xc2 || lead > 0xf4) return null;
  const extra = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
  if (i + extra >= text.length) return null;
  let code = lead & (extra === 1 ? 0x1f : extra === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= extra; k += 1) {
    const byte = byteOfChar(text.charCodeAt(i + k));
    if (!isContinuation(byte)) return null;
    code = (code << 6) | (byte & 0x3f);
  }
  if (code < SHORTEST[extra]) return null; // an overlong form: no encoder writes it
  return WRITTEN.some(([from, to]) => code >= from && code <= to) ? [code, extra + 1] : null;
}

/** Unicode for text that is UTF-8 read as Windows-1252; text without such sequences comes back unchanged. */
export function fixDoubleUtf8(text: string): string {
  let out = '';
  let copiedTo = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) < 0xc2) continue;
    const decoded = decodeAt(text, i);
    if (!decoded) continue;
    out += text.slice(copiedTo, i) + String.fromCodePoint(decoded[0]);
    i += decoded[1] - 1;
    copiedTo = i + 1;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}
