import type { LexicalEditor } from 'lexical';
import type { BodyPoint } from './body-index';

/** The names the stylesheet paints (::highlight(st-find), ::highlight(st-find-current)). */
const ALL = 'st-find';
const CURRENT = 'st-find-current';

/** The DOM text node Lexical rendered for a text node. */
function domText(editor: LexicalEditor, key: string): Text | null {
  let node: Node | null = editor.getElementByKey(key);
  while (node && !(node instanceof Text)) node = node.firstChild;
  return node;
}

/** A DOM range over a match in the body, or null if its nodes are not rendered. */
export function domRange(editor: LexicalEditor, start: BodyPoint, end: BodyPoint): Range | null {
  const a = domText(editor, start.key);
  const b = domText(editor, end.key);
  if (!a || !b) return null;
  const range = document.createRange();
  try {
    range.setStart(a, Math.min(start.offset, a.length));
    range.setEnd(b, Math.min(end.offset, b.length));
  } catch {
    return null;
  }
  return range;
}

/** Whether this Chromium paints CSS Custom Highlights (Electron 45 does). */
function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/**
 * Paints the matches without touching the document: the CSS Custom Highlight API draws over
 * the text, so neither the editor state nor its undo history sees a search.
 */
export function paintMatches(all: Range[], current: Range | null): void {
  if (!supported()) return;
  CSS.highlights.set(ALL, new Highlight(...all));
  if (current) CSS.highlights.set(CURRENT, new Highlight(current));
  else CSS.highlights.delete(CURRENT);
}

export function clearMatches(): void {
  if (!supported()) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}
