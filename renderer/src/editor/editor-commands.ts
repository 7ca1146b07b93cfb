import { createCommand, FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalCommand, type LexicalEditor } from 'lexical';

/** Opens the link popover at the selection (toolbar button, Ctrl/Cmd+K, the app menu). */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_EDITOR_COMMAND');

export type EditorCommand = 'undo' | 'redo' | 'bold' | 'italic' | 'underline' | 'strikethrough' | 'superscript' | 'subscript' | 'link';

/** The commands the toolbar, the keyboard and the app menu share. */
export function runEditorCommand(editor: LexicalEditor, command: EditorCommand): void {
  switch (command) {
    case 'undo':
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      return;
    case 'redo':
      editor.dispatchCommand(REDO_COMMAND, undefined);
      return;
    case 'link':
      editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
      return;
    default:
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, command);
  }
}
