/**
 * VNI-Windows (VNI-Times, VNI-Helve…): a vowel is its base letter followed by one mark byte
 * that carries the shape (circumflex, breve) and the tone together; đ, ơ, ư, the toned i and ỵ
 * are single bytes. Capitals have their own bytes (upper-case marks after an upper-case
 * base). Bytes as in Unikey's vnconv tables (ukengine/data.cpp, VNI-WIN).
 */
import { composeLetter, TONES, VOWEL_BASES, type Tone, type VowelBase } from './vietnamese-letters';

/** [lower-case byte, upper-case byte] of a mark, indexed by tone (0 = the shape alone). */
type MarkRow = readonly (readonly [number, number])[];

/** Tone alone, after a e o u y ơ ư. Index 0 (no tone) has no byte. */
export const VNI_TONE: MarkRow = [
  [0, 0],
  [0xf9, 0xd9],
  [0xf8, 0xd8],
  [0xfb, 0xdb],
  [0xf5, 0xd5],
  [0xef, 0xcf],
];

/** Circumflex with each tone, after a e o (â ấ ầ ẩ ẫ ậ …). */
export const VNI_CIRCUMFLEX: MarkRow = [
  [0xe2, 0xc2],
  [0xe1, 0xc1],
  [0xe0, 0xc0],
  [0xe5, 0xc5],
  [0xe3, 0xc3],
  [0xe4, 0xc4],
];

/** Breve with each tone, after a (ă ắ ằ ẳ ẵ ặ). */
export const VNI_BREVE: MarkRow = [
  [0xea, 0xca],
  [0xe9, 0xc9],
  [0xe8, 0xc8],
  [0xfa, 0xda],
  [0xfc, 0xdc],
  [0xeb, 0xcb],
];

/** Letters that are one byte: [lower, upper]. */
export const VNI_D_BAR = [0xf1, 0xd1] as const;
export const VNI_O_HORN = [0xf4, 0xd4] as const;
export const VNI_U_HORN = [0xf6, 0xd6] as const;
/** i with sắc, huyền, hỏi, ngã, nặng (index = tone; 0 is the ASCII i). */
export const VNI_I_TONED: MarkRow = [
  [0x69, 0x49],
  [0xed, 0xcd],
  [0xec, 0xcc],
  [0xe6, 0xc6],
  [0xf3, 0xd3],
  [0xf2, 0xd2],
];
/** ỵ has its own byte; the other toned y are y + tone mark. */
export const VNI_Y_DOT = [0xee, 0xce] as const;

/** The bytes Unikey writes for one letter (lower or upper case), as Windows-1252 characters. */
function spell(base: VowelBase, tone: Tone, upper: boolean): string {
  const c = upper ? 1 : 0;
  const ch = (byte: number) => String.fromCharCode(byte);
  const ascii = (letter: string) => (upper ? letter.toUpperCase() : letter);
  switch (base) {
    case 'ă':
      return ascii('a') + ch(VNI_BREVE[tone][c]);
    case 'â':
    case 'ê':
    case 'ô':
      return ascii(base === 'â' ? 'a' : base === 'ê' ? 'e' : 'o') + ch(VNI_CIRCUMFLEX[tone][c]);
    case 'ơ':
      return ch(VNI_O_HORN[c]) + (tone ? ch(VNI_TONE[tone][c]) : '');
    case 'ư':
      return ch(VNI_U_HORN[c]) + (tone ? ch(VNI_TONE[tone][c]) : '');
    case 'i':
      return ch(VNI_I_TONED[tone][c]);
    case 'y':
      if (tone === 5) return ch(VNI_Y_DOT[c]);
      return ascii('y') + (tone ? ch(VNI_TONE[tone][c]) : '');
    default:
      return ascii(base) + (tone ? ch(VNI_TONE[tone][c]) : '');
  }
}

/** Every Vietnamese letter (composed, both cases, with the plain vowels and đ) with its VNI bytes. */
export function vniSpellings(): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const base of VOWEL_BASES) {
    for (const tone of TONES) {
      spellings.set(composeLetter(base, tone), spell(base, tone, false));
      spellings.set(composeLetter(base, tone, true), spell(base, tone, true));
    }
  }
  spellings.set('đ', String.fromCharCode(VNI_D_BAR[0]));
  spellings.set('Đ', String.fromCharCode(VNI_D_BAR[1]));
  return spellings;
}
