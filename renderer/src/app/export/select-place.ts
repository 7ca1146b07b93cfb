import { $createNodeSelection, $getRoot, $isDecoratorNode, $isElementNode, $isTextNode, $setSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import type { CheckPlace, MetaField } from '../../../../shared/export/export-checks';

/** The field each metadata check points at: the header's title and sapô, the panel's details. */
const FIELD_TEST_ID: Record<MetaField, string> = {
  title: 'meta-title',
  sapo: 'meta-sapo',
  category: 'meta-category',
  author: 'meta-author',
  source: 'meta-source',
  date: 'meta-date',
  keywords: 'meta-keywords',
};

/** The node a check's path of child indices names, as deep as the body still goes (it may have changed since). */
function $nodeAt(path: readonly number[]): LexicalNode | null {
  let node: LexicalNode = $getRoot();
  for (const index of path) {
    if (!$isElementNode(node)) break;
    const child: LexicalNode | null = node.getChildAtIndex(index);
    if (!child) break;
    node = child;
  }
  return node === $getRoot() ? null : node;
}

/**
 * Takes the officer to what a check is about: a metadata field gets the focus; in the body the
 * block (or the link, the photo) is selected and scrolled to the middle of the window.
 */
export function goToPlace(editor: LexicalEditor, place: CheckPlace): void {
  if (place.kind === 'meta') {
    const field = document.querySelector<HTMLElement>(`[data-testid="${FIELD_TEST_ID[place.field]}"]`);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
    return;
  }
  editor.focus();
  editor.update(() => {
    const node = $nodeAt(place.path);
    if (!node) {
      $getRoot().selectStart();
      return;
    }
    if ($isDecoratorNode(node)) {
      const selection = $createNodeSelection();
      selection.add(node.getKey());
      $setSelection(selection);
    } else if ($isElementNode(node)) {
      node.select(0, node.getChildrenSize());
    } else if ($isTextNode(node)) {
      node.select(0, node.getTextContentSize());
    } else {
      node.selectNext();
    }
    const top = node.getTopLevelElement() ?? node;
    // After the update has reached the page.
    requestAnimationFrame(() => editor.getElementByKey(top.getKey())?.scrollIntoView({ block: 'center' }));
  });
}
