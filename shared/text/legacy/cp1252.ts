/**
 * Windows-1252 as the legacy Vietnamese fonts were used: every byte 0x00–0xFF is a character,
 * and text reaches us in either of two readings of the same bytes — Windows-1252 (Word, the
 * clipboard: 0x93 is “) or Latin-1 (some importers: 0x93 is the control U+0093). Both readings
 * map back to the one byte here, so every converter sees bytes, whichever reading it was given.
 */

/** Windows-1252's characters for 0x80–0x9F; the five bytes it leaves undefined read as their C1 code point. */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const BYTE_OF_SPECIAL = new Map<number, number>(HIGH_CONTROLS.map((code, i) => [code, 0x80 + i]));

/** The byte a character stands for in either reading, or -1 when it is not one byte of Windows-1252. */
export function byteOfChar(code: number): number {
  if (code < 0x100) return code;
  return BYTE_OF_SPECIAL.get(code) ?? -1;
}

/** The Windows-1252 character of a byte (what a Western font shows for it). */
export function charCodeOfByte(byte: number): number {
  return byte >= 0x80 && byte < 0xa0 ? HIGH_CONTROLS[byte - 0x80] : byte;
}

/** The Windows-1252 reading of bytes (for a legacy .txt read from disk). */
export function decodeCp1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) codes[i] = charCodeOfByte(bytes[i]);
  return stringFromCodes(codes, codes.length);
}

/** Bytes of a Windows-1252 (or Latin-1) reading; a character outside both becomes "?" (0x3F). */
export function encodeCp1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const byte = byteOfChar(text.charCodeAt(i));
    bytes[i] = byte < 0 ? 0x3f : byte;
  }
  return bytes;
}

const CHUNK = 8192;

/** A string from the first `length` UTF-16 code units, in chunks small enough for the argument limit. */
export function stringFromCodes(codes: Uint16Array, length: number): string {
  let out = '';
  for (let start = 0; start < length; start += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(start, Math.min(length, start + CHUNK)) as unknown as number[]);
  }
  return out;
}
