import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { OPEN_LINK_EDITOR_COMMAND } from '../editor-commands';
import { currentPlatformIsMac } from '../toolbar/shortcut-label';

/**
 * The body's own shortcuts, the same on every platform (the native menu only displays them):
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Y and Shift+Ctrl/Cmd+Z redo, Ctrl/Cmd+K link. B, I and U are Lexical's.
 */
export function KeyboardShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const mac = currentPlatformIsMac();
    return editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const mod = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
        if (!mod || event.altKey) return false;
        const key = event.key.toLowerCase();
        if (key === 'z') {
          event.preventDefault();
          editor.dispatchCommand(event.shiftKey ? REDO_COMMAND : UNDO_COMMAND, undefined);
          return true;
        }
        if (key === 'y' && !event.shiftKey) {
          event.preventDefault();
          editor.dispatchCommand(REDO_COMMAND, undefined);
          return true;
        }
        if (key === 'k' && !event.shiftKey) {
          event.preventDefault();
          editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
          return true;
        }
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    );
  }, [editor]);
  return null;
}
