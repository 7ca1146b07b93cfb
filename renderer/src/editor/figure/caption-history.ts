import { $getNodeByKey, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import type { CaptionRun } from '../../../../shared/article/body-nodes';
import { captionLetters } from '../../../../shared/article/caption-runs';
import type { CaptionChange } from './CaptionEditor';
import { $isFigureNode, type FigureProps } from './FigureNode';

/** Typing within this pause is one undo step, as in the body (UndoHistoryPlugin). */
const MERGE_DELAY_MS = 1000;

interface LastWrite {
  key: NodeKey;
  at: number;
}

const lastWrites = new WeakMap<LexicalEditor, LastWrite>();

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
    lastWrites.delete(editor);
  });
}

/** A letter is being composed in the caption (an input method's marked text): the typing goes on. */
export function noteCaptionTyping(editor: LexicalEditor, key: NodeKey, now = Date.now()): void {
  const last = lastWrites.get(editor);
  if (last && last.key === key) last.at = now;
}

/**
 * A figure's caption as the caption field changed it, into the body: the alt text follows the
 * caption's letters while it was empty or the caption's own. Typing merges into the step before
 * when that step was typing in the same caption, less than a second ago, and nothing else changed
 * in the body since (registerCaptionHistory watches); a paste, a format change or a suggestion taken is a step of its own.
 */
export function writeCaption(editor: LexicalEditor, key: NodeKey, runs: CaptionRun[], change: CaptionChange | 'suggestion', now = Date.now()): void {
  const last = lastWrites.get(editor);
  const merge = change === 'typing' && last !== undefined && last.key === key && now - last.at < MERGE_DELAY_MS;
  if (change === 'typing') lastWrites.set(editor, { key, at: now });
  else lastWrites.delete(editor);
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
