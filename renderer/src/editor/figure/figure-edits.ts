import { $getNodeByKey, $isParagraphNode, type LexicalNode, type NodeKey } from 'lexical';

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
