/**
 * Asks for the typefaces of the first screen the moment the page's code starts (this module
 * has no imports, so it runs before React and the editor are evaluated). Chromium fetches a
 * face only when laid-out text needs it, and each face that arrives after the first layout
 * makes it lay the whole article out again: two extra passes of about 100 ms over a
 * 20,000-word draft.
 */
const FIRST_SCREEN_FACES = [
  '400 1em "Noto Serif"', // body, sapô
  '700 1em "Noto Serif"', // title, headings
  'italic 400 1em "Noto Serif"', // quotes, italic runs
  '400 1em "Noto Sans"', // toolbar, panel, status bar
  '600 1em "Noto Sans"', // category, labels
  '700 1em "Noto Sans"',
];
/** One letter from each subset the faces are split into: latin, latin-ext, vietnamese. */
const EVERY_SUBSET = 'aāệ';

export const typefacesLoaded: Promise<unknown> = Promise.all(
  FIRST_SCREEN_FACES.map((face) => document.fonts.load(face, EVERY_SUBSET).catch(() => undefined)),
);
