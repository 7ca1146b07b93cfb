import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, type LexicalNode, type TextNode } from 'lexical';

/**
 * The body's text runs, to convert in place: each text node keeps its formats and links, only
 * its letters change. Run inside an editor update (or read for the `$…Text` helpers).
 */

/** Whether the body has a selection that holds text (not just a caret). */
export function $hasTextSelection(): boolean {
  const selection = $getSelection();
  return $isRangeSelection(selection) && !selection.isCollapsed() && selection.getTextContent().trim() !== '';
}

export function $selectedText(): string {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? selection.getTextContent() : '';
}

export function $bodyText(): string {
  return $getRoot().getTextContent();
}

function $allTextNodes(): TextNode[] {
  const out: TextNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node)) out.push(node);
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return out;
}

/** Converts every run of the body; returns how many runs changed. */
export function $convertAllText(convert: (text: string) => string): number {
  let changed = 0;
  for (const node of $allTextNodes()) {
    const text = node.getTextContent();
    const next = convert(text);
    if (next !== text) {
      node.setTextContent(next);
      changed += 1;
    }
  }
  return changed;
}

/**
 * Converts the selected part of each selected run (a run cut by the selection keeps its
 * unselected letters as they are), then leaves the caret after the converted text: the
 * offsets inside the runs moved (VNI writes one letter as two characters).
 */
export function $convertSelectedText(convert: (text: string) => string): number {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return 0;
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  let changed = 0;
  let last: TextNode | null = null;
  for (const node of selection.getNodes()) {
    if (!$isTextNode(node)) continue;
    const text = node.getTextContent();
    const from = node.getKey() === start.key && start.type === 'text' ? start.offset : 0;
    const to = node.getKey() === end.key && end.type === 'text' ? end.offset : text.length;
    if (from >= to) continue;
    const converted = convert(text.slice(from, to));
    last = node;
    if (converted === text.slice(from, to)) continue;
    node.setTextContent(text.slice(0, from) + converted + text.slice(to));
    changed += 1;
    if (node.getKey() === end.key) {
      node.select(from + converted.length, from + converted.length);
      last = null;
    }
  }
  if (last) last.selectEnd();
  return changed;
}
