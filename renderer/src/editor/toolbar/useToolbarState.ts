import { $isLinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  SELECTION_CHANGE_COMMAND,
  type LexicalNode,
} from 'lexical';
import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../schedule/after-paint';
import { $selectionInTable } from '../table/table-actions';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

export interface ToolbarState {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
  inTable: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

const INITIAL: ToolbarState = {
  block: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  link: false,
  inTable: false,
  canUndo: false,
  canRedo: false,
};

function $blockOf(node: LexicalNode): BlockType {
  const listItem = $findMatchingParent(node, $isListItemNode);
  if (listItem) {
    const list = listItem.getParent();
    return $isListNode(list) && list.getListType() === 'number' ? 'number' : 'bullet';
  }
  const block = $isElementNode(node) && !node.isInline() ? node : $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline());
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h2';
  if ($isQuoteNode(block)) return 'quote';
  return 'paragraph';
}

/** What the toolbar shows for the current selection. Reads only the selection's ancestors. */
function $readSelectionState(): Omit<ToolbarState, 'canUndo' | 'canRedo'> | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    return selection === null ? null : { ...INITIAL, inTable: $selectionInTable() };
  }
  const anchor = selection.anchor.getNode();
  return {
    block: $blockOf(anchor),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: $findMatchingParent(anchor, $isLinkNode) !== null,
    inTable: $selectionInTable(),
  };
}

function same(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as Array<keyof ToolbarState>).every((k) => a[k] === b[k]);
}

export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL);

  useEffect(() => {
    // Compared here, so that a keystroke that changes nothing the toolbar shows costs no
    // React update at all.
    let shown = INITIAL;
    const merge = (patch: Partial<ToolbarState>) => {
      const next = { ...shown, ...patch };
      if (same(shown, next)) return;
      shown = next;
      setState(next);
    };
    const refresh = () => {
      const read = editor.getEditorState().read($readSelectionState);
      if (read) merge(read);
    };
    // A keystroke brings an update and a selection change: read the selection once, after
    // the frame that shows the letter, instead of twice before it.
    let cancel: (() => void) | undefined;
    const scheduleRefresh = () => {
      cancel ??= afterNextPaint(() => {
        cancel = undefined;
        refresh();
      });
      return false;
    };
    refresh();
    return mergeRegister(
      editor.registerUpdateListener(scheduleRefresh),
      editor.registerCommand(SELECTION_CHANGE_COMMAND, scheduleRefresh, COMMAND_PRIORITY_LOW),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => {
          merge({ canUndo });
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => {
          merge({ canRedo });
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      () => cancel?.(),
    );
  }, [editor]);

  return state;
}
