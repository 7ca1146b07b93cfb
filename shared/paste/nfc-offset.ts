/**
 * Where a caret at `offset` in `text` lands once the text is in NFC: the length of the
 * normalised prefix. A caret inside a decomposed letter (between "e" and its marks) moves
 * to the end of the composed letter, never into the middle of something that no longer exists.
 */
export function nfcOffset(text: string, offset: number): number {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let end = clamped;
  // Extend over combining marks that follow, so the whole cluster composes together.
  while (end < text.length && /\p{M}/u.test(text[end])) end += 1;
  return text.slice(0, end).normalize('NFC').length;
}
