import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $addUpdateTag, HISTORY_MERGE_TAG, registerEventListeners, TextNode, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';

/** Undo steps kept; older ones fall off so a long session does not hold every state. */
const MAX_DEPTH = 100;
/** Typing within this pause is one undo step. */
const MERGE_DELAY_MS = 1000;
/**
 * Unikey and EVKey (no IME composition on Windows) write "ệ" by sending Backspace then the
 * new letter within a few milliseconds; a person types keys about 100 ms apart at best.
 * Insertions that quick after a deletion are one keystroke and must not leave an undo step
 * with the letter half gone.
 */
const REPLACEMENT_WINDOW_MS = 50;

export function UndoHistoryPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        registerHistory(editor, createEmptyHistoryState(), MERGE_DELAY_MS, Date.now, undefined, MAX_DEPTH),
        registerReplacementMerge(editor),
      ),
    [editor],
  );
  return null;
}

function registerReplacementMerge(editor: LexicalEditor): () => void {
  let lastDeleteAt = Number.NEGATIVE_INFINITY;
  let replacing = false;
  // Lexical handles Backspace on keydown (no beforeinput follows), other paths by beforeinput.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Backspace') lastDeleteAt = event.timeStamp;
  };
  const onBeforeInput = (event: Event) => {
    const e = event as InputEvent;
    if (e.inputType === 'deleteContentBackward') {
      lastDeleteAt = e.timeStamp;
    } else if (e.inputType === 'insertText' && e.timeStamp - lastDeleteAt < REPLACEMENT_WINDOW_MS) {
      replacing = true;
      setTimeout(() => {
        replacing = false;
      }, 0);
    }
  };
  return mergeRegister(
    editor.registerRootListener((root) => (root ? registerEventListeners(root, { beforeinput: onBeforeInput, keydown: onKeyDown }, true) : undefined)),
    editor.registerNodeTransform(TextNode, () => {
      if (replacing) $addUpdateTag(HISTORY_MERGE_TAG);
    }),
  );
}
