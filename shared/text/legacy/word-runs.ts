/**
 * Words of a text as [start, end) offsets (UTF-16), in one pass: a word is a run of letters and
 * combining marks. Offsets, not copies, so callers change text in place and leave every other
 * character exactly as it was.
 */

const TABLE_SIZE = 0x2000;
/** 1 where the code unit is a letter or a combining mark, for the scripts met in news copy. */
const WORD_CHAR = new Uint8Array(TABLE_SIZE);
const mark = (from: number, to: number) => WORD_CHAR.fill(1, from, to + 1);
mark(0x41, 0x5a);
mark(0x61, 0x7a);
mark(0xc0, 0xd6);
mark(0xd8, 0xf6);
mark(0xf8, 0x24f);
mark(0x300, 0x36f);
mark(0x370, 0x52f);
mark(0x1e00, 0x1eff);
WORD_CHAR[0xaa] = 1;
WORD_CHAR[0xb5] = 1;
WORD_CHAR[0xba] = 1;

const LETTER = /[\p{L}\p{M}]/u;

export function isWordChar(code: number): boolean {
  if (code < TABLE_SIZE) return WORD_CHAR[code] === 1;
  if (code <= 0x206f) return false; // General Punctuation (“ ” – … and spaces): no letters, the common case

  // Surrogates: a letter outside the BMP is rare in Vietnamese copy; treat its halves as part of the word.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER.test(String.fromCharCode(code));
}

/** Calls `visit(start, end)` for every word, in order. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    i += 1;
    while (i < n && isWordChar(text.charCodeAt(i))) i += 1;
    visit(start, i);
  }
}
