import { $createTableNodeWithDimensions, $findTableNode } from '@lexical/table';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isElementNode, $isParagraphNode, $isRangeSelection, $isTextNode, type LexicalEditor } from 'lexical';

/**
 * Inserts a table with a header row at the caret, as Word does: on an empty line the table
 * takes that line (Lexical's own command leaves the empty paragraph above it); after text it
 * goes below the caret's block. A paragraph always follows, so the caret can leave the table.
 * Tables inside tables are not made (the portal's field does not render them).
 */
export function insertTableAtCaret(editor: LexicalEditor, rows: number, columns: number): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || $findTableNode(selection.anchor.getNode()) !== null) return;
    const anchor = selection.anchor.getNode();
    const block = $isElementNode(anchor) && !anchor.isInline() && anchor.getParent()?.getType() === 'root' ? anchor : anchor.getTopLevelElement();
    const emptyLine = $isParagraphNode(block) && block.getTextContentSize() === 0 && block.getChildrenSize() === 0 ? block : null;
    const table = $createTableNodeWithDimensions(rows, columns, { rows: true, columns: false });
    if (emptyLine) {
      emptyLine.replace(table);
    } else {
      $insertNodeToNearestRoot(table);
    }
    if (table.getNextSibling() === null) table.insertAfter($createParagraphNode());
    const first = table.getFirstDescendant();
    if ($isTextNode(first) || $isElementNode(first)) first.selectStart();
  });
}
