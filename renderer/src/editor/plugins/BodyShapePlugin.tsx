import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, HeadingNode } from '@lexical/rich-text';
import { useEffect } from 'react';

/** The portal's article page has h2 and h3 only (h1 is the title); any other level is folded in. */
export function BodyShapePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(HeadingNode, (node) => {
        const tag = node.getTag();
        if (tag === 'h2' || tag === 'h3') return;
        node.replace($createHeadingNode(tag === 'h1' ? 'h2' : 'h3'), true);
      }),
    [editor],
  );
  return null;
}
