/**
 * Splits pasted plain text into paragraphs, each a list of lines, in NFC.
 * Text with blank lines is read as paragraphs separated by blank lines (single line breaks
 * inside stay line breaks, as in an address block); text without any blank line has one
 * paragraph per line, as Notepad and most chat tools write it.
 */
export function splitPlainText(text: string): string[][] {
  const unified = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\u2028/g, '\n').replace(/\u2029/g, '\n\n');
  const hasBlankLine = /\n[ \t\u00a0]*\n/.test(unified.trim());
  const blocks = hasBlankLine ? unified.split(/\n[ \t\u00a0]*\n+/) : unified.split('\n');
  const paragraphs: string[][] = [];
  for (const block of blocks) {
    const lines = block
      .split('\n')
      .map((line) => line.replace(/[ \t]+$/u, ''))
      .filter((line, i, all) => line.trim() !== '' || (i > 0 && i < all.length - 1));
    if (lines.some((line) => line.trim() !== '')) paragraphs.push(lines);
  }
  return paragraphs;
}
