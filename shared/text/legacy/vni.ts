/**
 * VNI-Windows text → Unicode (NFC). The input is the Windows-1252 or Latin-1 reading of the
 * bytes ("Hoäi nghò"). One pass: a base vowel looks at the next character once; a mark byte
 * that follows no vowel is left as it is. Marks are accepted in either case after a base (the
 * letter takes the base's case), so text typed with a stray upper-case mark still converts.
 */
import { byteOfChar, charCodeOfByte, stringFromCodes } from './cp1252';
import { composeLetter, type Tone } from './vietnamese-letters';
import { VNI_BREVE, VNI_CIRCUMFLEX, VNI_D_BAR, VNI_I_TONED, VNI_O_HORN, VNI_TONE, VNI_U_HORN, VNI_Y_DOT } from './vni-table';

type Shape = 'none' | 'circumflex' | 'breve';

/** Bytes that can take a mark byte after them: [byte, lower-case base, upper]. */
const BASES: [number, string, boolean][] = [];
for (const [lower, base] of [
  [0x61, 'a'],
  [0x65, 'e'],
  [0x6f, 'o'],
  [0x75, 'u'],
  [0x79, 'y'],
  [0x69, 'i'],
] as const) {
  BASES.push([lower, base, false], [lower - 0x20, base, true]);
}
BASES.push([VNI_O_HORN[0], 'ơ', false], [VNI_O_HORN[1], 'ơ', true], [VNI_U_HORN[0], 'ư', false], [VNI_U_HORN[1], 'ư', true]);

const MARKS: [number, Shape, Tone][] = [];
for (let tone = 0 as Tone; tone <= 5; tone = (tone + 1) as Tone) {
  for (const c of [0, 1]) {
    if (tone > 0) MARKS.push([VNI_TONE[tone][c], 'none', tone]);
    MARKS.push([VNI_CIRCUMFLEX[tone][c], 'circumflex', tone], [VNI_BREVE[tone][c], 'breve', tone]);
  }
}

const SHAPED: Record<Shape, Record<string, string>> = {
  none: { a: 'a', e: 'e', o: 'o', u: 'u', y: 'y', i: 'i', ơ: 'ơ', ư: 'ư' },
  circumflex: { a: 'â', e: 'ê', o: 'ô' },
  breve: { a: 'ă' },
};

const BASE_INDEX = new Int16Array(256).fill(-1);
const MARK_INDEX = new Int16Array(256).fill(-1);
BASES.forEach(([byte], i) => (BASE_INDEX[byte] = i));
MARKS.forEach(([byte], i) => (MARK_INDEX[byte] = i));

/** COMBINED[base * MARKS.length + mark]: the letter, or 0 when that mark does not go on that base. */
const COMBINED = new Uint16Array(BASES.length * MARKS.length);
BASES.forEach(([, base, upper], b) => {
  MARKS.forEach(([, shape, tone], m) => {
    const shaped = SHAPED[shape][base];
    if (shaped) COMBINED[b * MARKS.length + m] = composeLetter(shaped, tone, upper).charCodeAt(0);
  });
});

/** What each byte is on its own: a one-byte letter, or its Windows-1252 character. */
const SINGLE = new Uint16Array(256);
for (let byte = 0; byte < 256; byte += 1) SINGLE[byte] = charCodeOfByte(byte);
const single = (bytes: readonly [number, number], base: string, tone: Tone = 0) => {
  SINGLE[bytes[0]] = composeLetter(base, tone).charCodeAt(0);
  SINGLE[bytes[1]] = composeLetter(base, tone, true).charCodeAt(0);
};
single(VNI_D_BAR, 'đ');
single(VNI_O_HORN, 'ơ');
single(VNI_U_HORN, 'ư');
single(VNI_Y_DOT, 'y', 5);
for (let tone = 1 as Tone; tone <= 5; tone = (tone + 1) as Tone) single(VNI_I_TONED[tone], 'i', tone);

/** Unicode (NFC) for text typed in a VNI font. */
export function fromVni(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  let length = 0;
  let combining = false;
  for (let i = 0; i < n; i += 1) {
    const code = text.charCodeAt(i);
    const byte = byteOfChar(code);
    if (byte < 0) {
      out[length++] = code;
      if (code >= 0x300 && code <= 0x36f) combining = true;
      continue;
    }
    const base = BASE_INDEX[byte];
    if (base >= 0 && i + 1 < n) {
      const nextByte = byteOfChar(text.charCodeAt(i + 1));
      const mark = nextByte < 0 ? -1 : MARK_INDEX[nextByte];
      const letter = mark < 0 ? 0 : COMBINED[base * MARKS.length + mark];
      if (letter) {
        out[length++] = letter;
        i += 1;
        continue;
      }
    }
    out[length++] = SINGLE[byte];
  }
  const result = stringFromCodes(out, length);
  return combining ? result.normalize('NFC') : result;
}
