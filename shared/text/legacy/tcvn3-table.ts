/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial…): one byte per letter, 67
 * lower-case letters and the 7 untoned capitals Ă Â Ê Ô Ơ Ư Đ in 0xA1–0xFE; ASCII unchanged.
 * Toned capitals have no byte: the "H" fonts (.VnTimeH…) draw the lower-case positions as
 * capitals. Bytes as in Unikey's vnconv tables (ukengine/data.cpp, TCVN3).
 */
import { composeLetter, TONES, VOWEL_BASES, type Tone, type VowelBase } from './vietnamese-letters';

/** For each vowel base: its byte without tone, then with sắc, huyền, hỏi, ngã, nặng. */
export const TCVN3_VOWEL_BYTES: Readonly<Record<VowelBase, readonly [number, number, number, number, number, number]>> = {
  a: [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  e: [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  i: [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  o: [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  u: [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  y: [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
};

export const TCVN3_D_BAR = 0xae;

/** The capitals the normal (not "H") fonts have: Ă Â Ê Ô Ơ Ư Đ. */
export const TCVN3_BASE_FONT_CAPITALS: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
];

/** Every byte that holds a lower-case letter, with that letter. */
export function tcvn3LowerLetters(): [number, string][] {
  const pairs: [number, string][] = [[TCVN3_D_BAR, 'đ']];
  for (const base of VOWEL_BASES) {
    TONES.forEach((tone: Tone) => {
      const byte = TCVN3_VOWEL_BYTES[base][tone];
      if (byte >= 0x80) pairs.push([byte, composeLetter(base, tone)]);
    });
  }
  return pairs;
}
