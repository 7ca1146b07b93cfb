import { $createRangeSelection, $getNodeByKey, $isTextNode, $setSelection, type LexicalEditor } from 'lexical';
import type { BodyPoint } from './body-index';

/** Marks the edit a replacement makes, so an open find bar reads the body again at once. */
export const FIND_REPLACE_TAG = 'soantin-find-replace';

export interface BodyMatchPoints {
  start: BodyPoint;
  end: BodyPoint;
}

/** Replaces one match in the body, in the current update; the new text takes the format of the match's first letter. */
function $replaceOne(match: BodyMatchPoints, replacement: string): void {
  const first = $getNodeByKey(match.start.key);
  const last = $getNodeByKey(match.end.key);
  if (!$isTextNode(first) || !$isTextNode(last)) return;
  const selection = $createRangeSelection();
  selection.anchor.set(match.start.key, match.start.offset, 'text');
  selection.focus.set(match.end.key, match.end.offset, 'text');
  selection.format = first.getFormat();
  selection.style = first.getStyle();
  $setSelection(selection);
  selection.insertText(replacement);
}

/**
 * Replaces body matches as one edit, so one undo takes them all back. Last first, so that each
 * replacement leaves the offsets of the matches before it as they were. Each keeps its own
 * formatting (a bold name stays bold, the plain ones stay plain).
 */
export function replaceInBody(editor: LexicalEditor, matches: readonly BodyMatchPoints[], replacement: string, onDone?: () => void): void {
  if (matches.length === 0) return;
  const text = replacement.normalize('NFC');
  editor.update(
    () => {
      for (let i = matches.length - 1; i >= 0; i--) $replaceOne(matches[i]!, text);
    },
    { onUpdate: onDone, tag: FIND_REPLACE_TAG },
  );
}
