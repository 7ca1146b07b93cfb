import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableSelection,
} from '@lexical/table';
import { $createParagraphNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection, type LexicalEditor } from 'lexical';

export type TableAction = 'row-above' | 'row-below' | 'col-left' | 'col-right' | 'row-delete' | 'col-delete' | 'delete';

/** True when the caret (or a cell selection) is inside a table. Reads the current state. */
export function $selectionInTable(): boolean {
  const selection = $getSelection();
  if ($isTableSelection(selection)) return true;
  if (!$isRangeSelection(selection)) return false;
  return $findTableNode(selection.anchor.getNode()) !== null;
}

/** Runs one table menu action at the selection, as one undo step. */
export function runTableAction(editor: LexicalEditor, action: TableAction): void {
  editor.update(() => {
    if (!$selectionInTable()) return;
    switch (action) {
      case 'row-above':
        $insertTableRowAtSelection(false);
        return;
      case 'row-below':
        $insertTableRowAtSelection(true);
        return;
      case 'col-left':
        $insertTableColumnAtSelection(false);
        return;
      case 'col-right':
        $insertTableColumnAtSelection(true);
        return;
      case 'row-delete':
        $deleteTableRowAtSelection();
        return;
      case 'col-delete':
        $deleteTableColumnAtSelection();
        return;
      case 'delete': {
        const selection = $getSelection();
        const anchor = $isRangeSelection(selection) || $isTableSelection(selection) ? selection.anchor.getNode() : null;
        const table = anchor ? $findTableNode(anchor) : null;
        if (table === null) return;
        // Leave the caret where the table was: the next block, the previous one, or a new paragraph.
        const next = table.getNextSibling();
        const prev = table.getPreviousSibling();
        table.remove();
        if ($isElementNode(next)) next.selectStart();
        else if ($isElementNode(prev)) prev.selectEnd();
        else {
          const paragraph = $createParagraphNode();
          $getRoot().append(paragraph);
          paragraph.select();
        }
      }
    }
  });
}
