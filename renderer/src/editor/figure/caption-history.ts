import { $getNodeByKey, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import type { CaptionRun } from '../../../../shared/article/body-nodes';
import { captionLetters } from '../../../../shared/article/caption-runs';
import type { CaptionChange } from './CaptionEditor';
import { $isFigureNode, type FigureProps } from './FigureNode';

/** The caption being typed in, per body: its typing goes on merging into one undo step. */
const typingIn = new WeakMap<LexicalEditor, NodeKey>();

/** The caption field's own changes of its figure (it shows them already), told apart from every other change of the body. */
export const CAPTION_WRITE_TAG = 'soantin-caption-write';

/**
 * Watches the body for changes other than a caption's: after one, the caption's next typing is
 * a step of its own. Updates that change nothing (a caret moved, a pass that found nothing to
 * normalise) do not count.
 */
export function registerCaptionHistory(editor: LexicalEditor): () => void {
  return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
    if (dirtyElements.size + dirtyLeaves.size === 0 || tags.has(CAPTION_WRITE_TAG)) return;
    typingIn.delete(editor);
  });
}

/** The officer left the caption: what they type in it next is another edit, another undo step. */
export function endCaptionEdit(editor: LexicalEditor): void {
  typingIn.delete(editor);
}

/**
 * A figure's caption as the caption field changed it, into the body: the alt text follows the
 * caption's letters while it was empty or the caption's own. A caption edit is one undo step:
 * typing merges into the step before while it is typing in the same caption, the caption has not
 * been left, and nothing else changed in the body (registerCaptionHistory watches). It does not
 * depend on pauses, so a slow typist or a slow input method still gets one step. A paste, a
 * format change or a suggestion taken is a step of its own.
 */
export function writeCaption(editor: LexicalEditor, key: NodeKey, runs: CaptionRun[], change: CaptionChange | 'suggestion'): void {
  const merge = change === 'typing' && typingIn.get(editor) === key;
  if (change === 'typing') typingIn.set(editor, key);
  else typingIn.delete(editor);
  editor.update(
    () => {
      const node = $getNodeByKey(key);
      if (!$isFigureNode(node)) return;
      const props = node.getProps();
      const altFollows = props.alt === '' || props.alt === captionLetters(props.caption);
      const patch: Partial<FigureProps> = altFollows ? { caption: runs, alt: captionLetters(runs) } : { caption: runs };
      node.setProps(patch);
    },
    {
      // A suggestion taken comes from outside the field, which then shows it.
      tag: change === 'suggestion' ? HISTORY_PUSH_TAG : [CAPTION_WRITE_TAG, merge ? HISTORY_MERGE_TAG : HISTORY_PUSH_TAG],
    },
  );
}
