import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, KEY_ESCAPE_COMMAND } from 'lexical';
import { useEffect } from 'react';

/**
 * Escape in the body keeps the caret where it is. Lexical's rich text blurs the editor on
 * Escape, which leaves a keyboard user with no focus at all; popovers (link box, menus) close on
 * Escape with their own handlers, and a cell selection is still Lexical's to clear.
 */
export function EscapeKeepsFocusPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => editor.registerCommand(KEY_ESCAPE_COMMAND, () => $isRangeSelection($getSelection()), COMMAND_PRIORITY_LOW),
    [editor],
  );
  return null;
}
