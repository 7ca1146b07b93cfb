import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { bodyShortcut } from '../body-shortcuts';
import { OPEN_LINK_EDITOR_COMMAND } from '../editor-commands';
import { currentPlatformIsMac } from '../toolbar/shortcut-label';

/**
 * Undo, redo and link by keyboard in the body (see bodyShortcut). A plain DOM listener in the
 * capture phase, ahead of Lexical's own: a keystroke that is not a shortcut costs no editor
 * update, where a KEY_DOWN_COMMAND listener would add one to every letter typed.
 */
export function KeyboardShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBodyShortcuts(editor, currentPlatformIsMac()), [editor]);
  return null;
}

function registerBodyShortcuts(editor: LexicalEditor, mac: boolean): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const shortcut = bodyShortcut(event, mac);
    if (shortcut === null || event.isComposing) return;
    event.preventDefault();
    // Lexical would handle Ctrl+Z as well, undoing twice.
    event.stopImmediatePropagation();
    if (shortcut === 'undo') editor.dispatchCommand(UNDO_COMMAND, undefined);
    else if (shortcut === 'redo') editor.dispatchCommand(REDO_COMMAND, undefined);
    else editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
  };
  let attached: HTMLElement | null = null;
  const detach = editor.registerRootListener((root) => {
    attached?.removeEventListener('keydown', onKeyDown, true);
    root?.addEventListener('keydown', onKeyDown, true);
    attached = root;
  });
  return () => {
    detach();
    attached?.removeEventListener('keydown', onKeyDown, true);
    attached = null;
  };
}
