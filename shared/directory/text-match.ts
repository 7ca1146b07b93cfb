import { BODY_ABBREVIATIONS, WORD_END, WORD_START, escapeRegExp } from './body-abbreviations';

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * The same text with the tone of "oa", "oe" and "uy" always on the first vowel, so that the old
 * and the new placement (Thủy / Thuỷ, hòa / hoà) compare equal. Each character stays one
 * character (NFC in, NFC out), so an offset in the folded text is an offset in the original.
 * It is a key for comparing, not a spelling to show.
 */
export function foldTonePlacement(text: string): string {
  const nfc = text.normalize('NFC');
  if (!/[oOuU]/.test(nfc)) return nfc;
  const chars = [...nfc];
  for (let i = 0; i + 1 < chars.length; i++) {
    const first = chars[i];
    // Only a bare o or u can take the tone from the vowel after it.
    if (first !== 'o' && first !== 'O' && first !== 'u' && first !== 'U') continue;
    const second = chars[i + 1].normalize('NFD');
    if (second.length !== 2 || !'aAeEyY'.includes(second[0]) || !TONE_MARKS.has(second[1])) continue;
    chars[i] = (first + second[1]).normalize('NFC');
    chars[i + 1] = second[0];
  }
  return chars.join('');
}

/**
 * A regular-expression source that finds a title or a body name however it is written:
 * with either tone placement (match against folded text), any run of spaces, and each body
 * name either in full or abbreviated ("Chủ tịch HĐND tỉnh" = "Chủ tịch Hội đồng nhân dân tỉnh").
 * Use with the flags "iu" on text passed through foldTonePlacement.
 */
/** Each body name in all its forms: what finds any of them, and what a tolerant pattern puts in their place. */
const BODY_FORMS = BODY_ABBREVIATIONS.map((entry) => {
  const forms = [entry.short, ...entry.long].map(foldTonePlacement);
  const spaced = (f: string) => escapeRegExp(f).replace(/ /g, '\\s+');
  const short = spaced(foldTonePlacement(entry.short));
  const longs = entry.long.map((l) => spaced(foldTonePlacement(l))).join('|');
  return {
    any: new RegExp(`${WORD_START}(?:${forms.map(escapeRegExp).join('|')})${WORD_END}`, 'giu'),
    // The long form may carry its definition: "Hội đồng nhân dân (HĐND) tỉnh".
    alternative: `(?:(?:${longs})(?:\\s*\\(${short}\\))?|${short})`,
  };
});

// Titles repeat across a directory and across calls; building a source is the slow part of a check.
const sourceCache = new Map<string, string>();
const MAX_CACHED = 5000;

export function tolerantSource(phrase: string): string {
  const cached = sourceCache.get(phrase);
  if (cached !== undefined) return cached;
  let folded = foldTonePlacement(phrase.replace(/\s+/g, ' ').trim());
  const alternatives: string[] = [];
  for (const { any, alternative } of BODY_FORMS) {
    folded = folded.replace(any, () => {
      alternatives.push(alternative);
      return `\u0000${alternatives.length - 1}\u0000`;
    });
  }
  const source = folded
    .split(/\u0000(\d+)\u0000/)
    .map((piece, i) => (i % 2 === 1 ? alternatives[Number(piece)] : escapeRegExp(piece).replace(/ /g, '\\s+')))
    .join('');
  if (sourceCache.size >= MAX_CACHED) sourceCache.clear();
  sourceCache.set(phrase, source);
  return source;
}

const wholeCache = new Map<string, RegExp>();

/** Whether two titles say the same thing (spacing, tone placement, case and abbreviations aside). */
export function sameTitle(a: string, b: string): boolean {
  let whole = wholeCache.get(a);
  if (!whole) {
    whole = new RegExp(`^${tolerantSource(a)}$`, 'iu');
    if (wholeCache.size >= MAX_CACHED) wholeCache.clear();
    wholeCache.set(a, whole);
  }
  return whole.test(foldTonePlacement(b.replace(/\s+/g, ' ').trim()));
}
