/**
 * The Vietnamese letter model every converter here shares: a letter is a base (a ă â e ê i o ô
 * ơ u ư y, đ, or a plain Latin letter) plus one of six tones. Built from Unicode itself
 * (base + combining tone, composed with NFC), so no table of precomposed letters is typed by
 * hand and none can be mistyped.
 */

/** Tone numbers in the order Vietnamese dictionaries and Unikey use: ngang, sắc, huyền, hỏi, ngã, nặng. */
export const Tone = { None: 0, Acute: 1, Grave: 2, Hook: 3, Tilde: 4, Dot: 5 } as const;
export type Tone = (typeof Tone)[keyof typeof Tone];

export const TONES: readonly Tone[] = [0, 1, 2, 3, 4, 5];

/** The combining mark of each tone (index = Tone); ngang has none. */
export const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** The twelve vowel bases, lower case, in the conventional order. */
export const VOWEL_BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type VowelBase = (typeof VOWEL_BASES)[number];

export interface LetterParts {
  /** Lower-case base letter without tone ("ơ" for "Ở", "đ" for "Đ", "b" for "B"). */
  base: string;
  tone: Tone;
  upper: boolean;
}

/** The composed (NFC) letter for a base and a tone; upper case when asked. */
export function composeLetter(base: string, tone: Tone, upper = false): string {
  const letter = (base + TONE_MARKS[tone]).normalize('NFC');
  return upper ? letter.toUpperCase() : letter;
}

const PARTS = new Map<string, LetterParts>();
for (const base of VOWEL_BASES) {
  for (const tone of TONES) {
    PARTS.set(composeLetter(base, tone), { base, tone, upper: false });
    PARTS.set(composeLetter(base, tone, true), { base, tone, upper: true });
  }
}
PARTS.set('đ', { base: 'đ', tone: Tone.None, upper: false });
PARTS.set('Đ', { base: 'đ', tone: Tone.None, upper: true });
for (let code = 0x61; code <= 0x7a; code += 1) {
  const lower = String.fromCharCode(code);
  if (!PARTS.has(lower)) {
    PARTS.set(lower, { base: lower, tone: Tone.None, upper: false });
    PARTS.set(lower.toUpperCase(), { base: lower, tone: Tone.None, upper: true });
  }
}

/** Base, tone and case of one composed letter; undefined for anything that is not a Vietnamese or Latin letter. */
export function letterParts(letter: string): LetterParts | undefined {
  return PARTS.get(letter);
}
