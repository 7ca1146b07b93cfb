import { $getNodeByKey, type NodeKey } from 'lexical';
import type { CaptionRun } from '../../../../shared/article/body-nodes';

/** The caption as one line of text (bold and italic runs read as their letters). */
export function captionText(caption: readonly CaptionRun[]): string {
  return caption.map((run) => run.text).join('');
}

/** What the caption field typed, as the runs the draft keeps: NFC, one plain run, or none. */
export function plainCaption(text: string): CaptionRun[] {
  const nfc = text.replace(/\s*\n\s*/g, ' ').normalize('NFC');
  return nfc === '' ? [] : [{ text: nfc, format: 0 }];
}

/** Moves a figure one block up or down the body. */
export function moveFigure(key: NodeKey, direction: -1 | 1): void {
  const node = $getNodeByKey(key);
  if (!node) return;
  if (direction < 0) {
    const before = node.getPreviousSibling();
    if (before) before.insertBefore(node);
  } else {
    const after = node.getNextSibling();
    if (after) after.insertAfter(node);
  }
}
