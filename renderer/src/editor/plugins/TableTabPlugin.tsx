import { $findCellNode, $findTableNode, $insertTableRowAtSelection, $isTableRowNode } from '@lexical/table';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isElementNode, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, KEY_TAB_COMMAND } from 'lexical';
import { useEffect } from 'react';

/**
 * Tab in the last cell of a table adds a row and goes to its first cell, as in Word. Runs ahead
 * of the table's own Tab handler, which moves between cells and stops at the last one.
 */
export function TableTabPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          if (event.shiftKey) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          const cell = $findCellNode(selection.anchor.getNode());
          const table = cell ? $findTableNode(cell) : null;
          const lastRow = table?.getLastChild();
          if (cell === null || !$isTableRowNode(lastRow) || !cell.is(lastRow.getLastChild())) return false;
          event.preventDefault();
          const row = $insertTableRowAtSelection(true);
          const first = row?.getFirstChild();
          if ($isElementNode(first)) first.selectStart();
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}
