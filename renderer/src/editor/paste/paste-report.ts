import type { pasteVi } from '../../../../shared/i18n/messages/paste';

/**
 * What a paste or a drop left out, counted by kind, so the officer is told instead of finding
 * out later. Only what was visible in the source counts: scripts, style sheets, Word's hidden
 * markup and the body's own look (justified text, fonts) are not "lost".
 */
export interface PasteDropped {
  /** Pictures in the pasted HTML (photos come in through Chèn ảnh… or as image files). */
  images: number;
  /** Text with a highlight (Word's highlighter, a background colour on a run, <mark>). */
  highlight: boolean;
  /** Paragraphs centred or aligned right (the body is justified; left is its default). */
  alignment: boolean;
  /** Word text boxes and shapes holding text. */
  textBoxes: number;
  /** Other visible things the body cannot hold: video, embedded frames, drawings, form fields, rules. */
  unsupported: number;
  /** Files dropped or pasted that the body cannot take (only photos are taken). */
  files: string[];
}

export function noneDropped(): PasteDropped {
  return { images: 0, highlight: false, alignment: false, textBoxes: 0, unsupported: 0, files: [] };
}

export function droppedAnything(d: PasteDropped): boolean {
  return d.images > 0 || d.highlight || d.alignment || d.textBoxes > 0 || d.unsupported > 0 || d.files.length > 0;
}

/** "Đã bỏ 2 ảnh và định dạng căn lề", then a sentence for files it could not take; '' when nothing was dropped. */
export function describeDropped(d: PasteDropped, m: typeof pasteVi): string {
  const parts: string[] = [];
  if (d.images > 0) parts.push(m.images(d.images));
  if (d.textBoxes > 0) parts.push(m.textBoxes(d.textBoxes));
  if (d.unsupported > 0) parts.push(m.unsupported(d.unsupported));
  if (d.highlight) parts.push(m.highlight);
  if (d.alignment) parts.push(m.alignment);
  const sentences: string[] = [];
  if (parts.length > 0) sentences.push(m.dropped(joinList(parts, m.and)));
  if (d.files.length > 0) sentences.push(m.files(joinList(d.files.map((name) => `“${name}”`), m.and)));
  return sentences.join(' ');
}

/** "a", "a và b", "a, b và c". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
