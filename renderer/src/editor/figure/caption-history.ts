import { $getNodeByKey, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, type EditorState, type LexicalEditor, type NodeKey } from 'lexical';
import type { CaptionRun } from '../../../../shared/article/body-nodes';
import { captionLetters } from '../../../../shared/article/caption-runs';
import type { CaptionChange } from './CaptionEditor';
import { $isFigureNode, type FigureProps } from './FigureNode';

/** Typing within this pause is one undo step, as in the body (UndoHistoryPlugin). */
const MERGE_DELAY_MS = 1000;

interface LastWrite {
  key: NodeKey;
  at: number;
  state: EditorState;
}

const lastWrites = new WeakMap<LexicalEditor, LastWrite>();

/**
 * A figure's caption as the caption field changed it, into the body: the alt text follows the
 * caption's letters while it was empty or the caption's own. Typing merges into the step before
 * when that step was typing in the same caption, less than a second ago, and nothing happened in
 * the body since; a paste, a format change or a suggestion taken is a step of its own.
 */
export function writeCaption(editor: LexicalEditor, key: NodeKey, runs: CaptionRun[], change: CaptionChange | 'suggestion', now = Date.now()): void {
  const last = lastWrites.get(editor);
  const merge = change === 'typing' && last !== undefined && last.key === key && now - last.at < MERGE_DELAY_MS && last.state === editor.getEditorState();
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
      tag: merge ? HISTORY_MERGE_TAG : HISTORY_PUSH_TAG,
      onUpdate: () => {
        if (change === 'typing') lastWrites.set(editor, { key, at: now, state: editor.getEditorState() });
        else lastWrites.delete(editor);
      },
    },
  );
}
