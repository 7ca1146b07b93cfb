import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $addUpdateTag, $getSelection, $isRangeSelection, $isTextNode, HISTORY_MERGE_TAG, registerEventListeners, TextNode, type LexicalEditor, type PointType } from 'lexical';
import { useEffect } from 'react';
import { nfcOffset } from '../../../../shared/paste/nfc-offset';

/**
 * Keeps every letter of the body in NFC: Unikey's "Unicode tổ hợp" and macOS's decomposed text
 * become the composed letters search, spelling and the portal expect. Skipped while an input
 * method is composing (the letter is not finished yet); done when the composition ends.
 */
export function NfcTextPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerNfcText(editor), [editor]);
  return null;
}

function $normalizeTextNode(node: TextNode): void {
  const text = node.getTextContent();
  const nfc = text.normalize('NFC');
  if (nfc === text) return;
  const selection = $getSelection();
  const key = node.getKey();
  const moved: Array<[PointType, number]> = [];
  if ($isRangeSelection(selection)) {
    for (const point of [selection.anchor, selection.focus]) {
      if (point.type === 'text' && point.key === key) moved.push([point, nfcOffset(text, point.offset)]);
    }
  }
  node.setTextContent(nfc);
  for (const [point, offset] of moved) point.set(key, offset, 'text');
}

function registerNfcText(editor: LexicalEditor): () => void {
  const onCompositionEnd = () => {
    // Lexical applies the composed text in its own compositionend handler; normalise after it.
    setTimeout(() => {
      editor.update(() => {
        $addUpdateTag(HISTORY_MERGE_TAG); // part of the letter just composed, not a step of its own
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        for (const node of selection.getNodes()) if ($isTextNode(node) && node.isAttached()) $normalizeTextNode(node);
      });
    }, 0);
  };
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      if (editor.isComposing()) return;
      $normalizeTextNode(node);
    }),
    editor.registerRootListener((root) => (root ? registerEventListeners(root, { compositionend: onCompositionEnd }) : undefined)),
  );
}
