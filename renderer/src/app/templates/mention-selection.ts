import { $createRangeSelection, $setSelection, type LexicalEditor } from 'lexical';
import { $bodyIndex, pointAt } from '../../editor/find/body-index';

/** Selects characters start–end of the body's text (as $bodyIndex reads it) and shows them. */
export function selectBodyRange(editor: LexicalEditor, start: number, end: number, replaceWith?: string): boolean {
  let done = false;
  editor.update(() => {
    const index = $bodyIndex();
    const from = pointAt(index, start, false);
    const to = pointAt(index, end, true);
    if (!from || !to) return;
    const selection = $createRangeSelection();
    selection.anchor.set(from.key, from.offset, 'text');
    selection.focus.set(to.key, to.offset, 'text');
    $setSelection(selection);
    if (replaceWith !== undefined) selection.insertText(replaceWith);
    done = true;
  });
  editor.focus();
  return done;
}

/** The body's text, as the mention check reads it (the same string selectBodyRange counts in). */
export function bodyText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $bodyIndex().text);
}
