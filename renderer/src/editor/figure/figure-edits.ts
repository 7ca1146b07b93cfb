import { $getNodeByKey, $isParagraphNode, type LexicalNode, type NodeKey } from 'lexical';
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

/** An empty paragraph: the line Lexical leaves after a block it inserted, not a place of its own. */
export function $isBlankLine(node: LexicalNode | null): boolean {
  return $isParagraphNode(node) && node.getTextContent().trim() === '' && node.getChildrenSize() === 0;
}

/** Moves a figure past the next block up or down the body (blank lines are passed over, not counted). */
export function moveFigure(key: NodeKey, direction: -1 | 1): void {
  const node = $getNodeByKey(key);
  if (!node) return;
  const step = (from: LexicalNode) => (direction < 0 ? from.getPreviousSibling() : from.getNextSibling());
  let target = step(node);
  while (target && $isBlankLine(target)) target = step(target);
  if (!target) return;
  if (direction < 0) target.insertBefore(node);
  else target.insertAfter(node);
}
