import { $getRoot, $isElementNode, $isLineBreakNode, $isTabNode, $isTextNode, type LexicalNode, type NodeKey } from 'lexical';

/** One text node's place in the body's searchable text. */
export interface TextPiece {
  key: NodeKey;
  /** Offset of the node's first character in `text`. */
  start: number;
  length: number;
}

/** The body as one string to search, and the text nodes it came from. */
export interface BodyIndex {
  text: string;
  pieces: TextPiece[];
}

/** A point in the body: a text node and an offset in it. */
export interface BodyPoint {
  key: NodeKey;
  offset: number;
}

/**
 * The body's text in reading order, blocks separated by a line break so that no match runs from
 * one paragraph (or cell, or list item) into the next. Read inside an editor state.
 */
export function $bodyIndex(): BodyIndex {
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node) && !$isTabNode(node)) {
      const text = node.getTextContent();
      pieces.push({ key: node.getKey(), start: length, length: text.length });
      push(text);
    } else if ($isTabNode(node)) {
      push('\t');
    } else if ($isLineBreakNode(node)) {
      push('\n');
    } else if ($isElementNode(node)) {
      for (const child of node.getChildren()) visit(child);
      if (!node.isInline()) push('\n');
    } else {
      // Photos and other decorators: their captions are their own fields.
      push('\n');
    }
  };
  for (const child of $getRoot().getChildren()) visit(child);
  return { text: parts.join(''), pieces };
}

/** The text node and offset where `offset` of the index falls; `end` prefers the node that ends there. */
export function pointAt(index: BodyIndex, offset: number, end: boolean): BodyPoint | null {
  const { pieces } = index;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (end ? offset <= p.start : offset < p.start) hi = mid - 1;
    else if (end ? offset > p.start + p.length : offset >= p.start + p.length) lo = mid + 1;
    else return { key: p.key, offset: offset - p.start };
  }
  return null;
}
