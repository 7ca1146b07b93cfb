/**
 * Text as Excel's plain "CSV" writes it on a Vietnamese Windows: code page 1258, where a letter
 * the code page lacks precomposed is written as a base letter (itself precomposed when it can be:
 * â, ơ, ư…) and a combining tone mark. Made here from the WHATWG decoder's own table, so the
 * fixture is made by a script, not downloaded.
 */
const decoder = new TextDecoder('windows-1258');
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const ch = decoder.decode(Uint8Array.of(b));
  if (ch !== '\ufffd' && !BYTE_OF.has(ch)) BYTE_OF.set(ch, b);
}

/** Circumflex, breve, horn: part of the letter in code page 1258, not a tone. */
const SHAPE_MARKS = new Set(['\u0302', '\u0306', '\u031b']);

export function encodeCp1258(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = BYTE_OF.get(ch);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    // The letter's shape (â, ê, ô, ă, ơ, ư) precomposed, then its tone as a combining mark.
    const parts = [...ch.normalize('NFD')];
    const shape = parts.filter((m, i) => i === 0 || SHAPE_MARKS.has(m)).join('').normalize('NFC');
    const base = BYTE_OF.get(shape);
    if (base === undefined) throw new Error(`no Windows-1258 byte for ${ch}`);
    bytes.push(base);
    for (const mark of parts.slice(1).filter((m) => !SHAPE_MARKS.has(m))) {
      const b = BYTE_OF.get(mark);
      if (b === undefined) throw new Error(`no Windows-1258 byte for U+${mark.codePointAt(0)!.toString(16)}`);
      bytes.push(b);
    }
  }
  return Buffer.from(bytes);
}
