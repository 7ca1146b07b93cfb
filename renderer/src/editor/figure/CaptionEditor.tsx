import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LexicalNestedComposer } from '@lexical/react/LexicalNestedComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  DROP_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  REDO_COMMAND,
  RootNode,
  TextNode,
  UNDO_COMMAND,
  type EditorThemeClasses,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useRef, useState, type JSX, type RefObject } from 'react';
import type { CaptionRun } from '../../../../shared/article/body-nodes';
import { captionLetters, sameCaption } from '../../../../shared/article/caption-runs';
import { CAPTION_WRITE_TAG } from './caption-history';
import { $isFigureNode } from './FigureNode';
import { NfcTextPlugin } from '../plugins/NfcTextPlugin';
import { $captionRuns, $keepCaptionFormats, $keepOneLine, $setCaptionRuns } from './caption-content';
import { captionRunsFromTransfer } from './caption-paste';

/** How a change of the caption came: typing merges into one undo step, a paste or a format change is a step of its own. */
export type CaptionChange = 'typing' | 'format' | 'paste';

/** What the figure around the caption does with the keys the caption does not keep for itself. */
export interface CaptionKeys {
  /** ↓ / ↑: true when the figure used it (the suggestion list). */
  arrow(direction: 1 | -1): boolean;
  /** Enter: true when the figure used it (a suggestion taken); else the caret leaves the caption. */
  enter(): boolean;
  escape(): boolean;
  /** Enter that nothing else wanted: the caret goes below the figure. */
  leave(): void;
}

interface Props {
  /** The figure whose caption this is. */
  nodeKey: NodeKey;
  /** The caption the field opens with; later the field follows the figure in the body. */
  caption: readonly CaptionRun[];
  label: string;
  placeholder: string;
  onChange: (runs: CaptionRun[], change: CaptionChange) => void;
  onFocusChange: (focused: boolean) => void;
  keys: RefObject<CaptionKeys>;
  /** The suggestion list under the caption, when it shows: its id and the option ↓/↑ reached. */
  suggestions: { id: string; active: string | undefined } | null;
}

/** The caption's look in the field: its own paragraph, bold and italic as in the body. */
const CAPTION_THEME: EditorThemeClasses = { paragraph: 'st-caption-line', text: { bold: 'st-bold', italic: 'st-italic' } };

/** Updates made to show the figure's caption (an undo, a suggestion taken): not an edit of the field's own. */
const FROM_FIGURE_TAG = 'soantin-caption-from-figure';

/**
 * The figure's caption as a small rich editor of its own, nested in the body's: text with bold
 * (Ctrl/⌘+B) and italic (Ctrl/⌘+I), nothing else; one line (Enter leaves the caption); pasted
 * text reduced to its letters, bold and italic; NFC once an input method has finished a letter.
 * The figure keeps the caption: every change goes to it (a caption edit is one undo step in the body's history),
 * and what the figure holds after an undo comes back here. The field has no history of its own.
 */
export function CaptionEditor({ nodeKey, caption, label, placeholder, onChange, onFocusChange, keys, suggestions }: Props): JSX.Element {
  const [body] = useLexicalComposerContext();
  const [editor] = useState(() => {
    const created = createEditor({
      namespace: 'soantin-caption',
      nodes: [],
      parentEditor: body,
      theme: CAPTION_THEME,
      onError: (error) => console.error('[caption]', error),
    });
    created.update(() => $setCaptionRuns(caption, false), { discrete: true, tag: FROM_FIGURE_TAG });
    return created;
  });

  // What the field last told the figure, or was told by it: a change is what differs from it.
  const told = useRef<readonly CaptionRun[]>(caption);

  // The figure's caption changed from outside the field (undo, redo, a suggestion taken): the field shows it.
  useEffect(
    () =>
      body.registerUpdateListener(({ editorState, tags }) => {
        if (tags.has(CAPTION_WRITE_TAG) || editor.isComposing()) return;
        const held = editorState.read(() => {
          const node = $getNodeByKey(nodeKey);
          return $isFigureNode(node) ? node.getProps().caption : null;
        });
        if (held === null || sameCaption(held, told.current)) return;
        told.current = held;
        if (sameCaption(editor.getEditorState().read($captionRuns), held)) return;
        const focused = editor.getRootElement()?.contains(document.activeElement) ?? false;
        editor.update(() => $setCaptionRuns(held, focused), { tag: FROM_FIGURE_TAG });
      }),
    [body, editor, nodeKey],
  );

  return (
    <LexicalNestedComposer initialEditor={editor} initialTheme={CAPTION_THEME}>
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="st-figure-caption"
            data-testid="figure-caption"
            aria-label={label}
            aria-placeholder={placeholder}
            aria-multiline={false}
            ariaAutoComplete={suggestions ? 'list' : undefined}
            ariaControls={suggestions?.id}
            ariaActiveDescendant={suggestions?.active}
            spellCheck
            lang="vi"
            onFocus={() => onFocusChange(true)}
            onBlur={() => onFocusChange(false)}
            placeholder={<div className="st-figure-caption-placeholder">{placeholder}</div>}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <NfcTextPlugin />
      <CaptionRulesPlugin body={body} told={told} onChange={onChange} keys={keys} />
    </LexicalNestedComposer>
  );
}

function CaptionRulesPlugin({
  body,
  told,
  onChange,
  keys,
}: {
  body: LexicalEditor;
  told: RefObject<readonly CaptionRun[]>;
  onChange: Props['onChange'];
  keys: RefObject<CaptionKeys>;
}): null {
  const [editor] = useLexicalComposerContext();
  const latest = useRef({ onChange });
  latest.current = { onChange };

  useEffect(() => {
    // The body's undo puts back the body's caret of that time: the caret stays in the caption, if the figure does.
    const historyStep = (command: typeof UNDO_COMMAND | typeof REDO_COMMAND) => {
      body.dispatchCommand(command, undefined);
      setTimeout(() => {
        if (editor.getRootElement()?.isConnected) editor.focus(undefined, { defaultSelection: 'rootEnd' });
      }, 0);
      return true;
    };
    const key = (run: () => boolean) => (event: KeyboardEvent | null) => {
      if (!run()) return false;
      event?.preventDefault();
      return true;
    };
    return mergeRegister(
      editor.registerNodeTransform(TextNode, $keepCaptionFormats),
      editor.registerNodeTransform(RootNode, $keepOneLine),
      // Only bold and italic: Ctrl+U and the like do nothing here.
      editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => format !== 'bold' && format !== 'italic', COMMAND_PRIORITY_HIGH),
      editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
      editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          event?.preventDefault();
          if (editor.isComposing()) return true;
          if (!keys.current.enter()) keys.current.leave();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(KEY_ARROW_DOWN_COMMAND, key(() => keys.current.arrow(1)), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_UP_COMMAND, key(() => keys.current.arrow(-1)), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ESCAPE_COMMAND, key(() => keys.current.escape()), COMMAND_PRIORITY_HIGH),
      // One history for the article: an undo asked of the caption is the body's.
      editor.registerCommand(UNDO_COMMAND, () => historyStep(UNDO_COMMAND), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(REDO_COMMAND, () => historyStep(REDO_COMMAND), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (data === null) return false;
          event.preventDefault();
          $insertRuns(editor, captionRunsFromTransfer(data));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          // A photo dropped on the caption is the body's to import; text dropped on it comes in as a paste does.
          const data = event.dataTransfer;
          if (data !== null && data.files.length > 0) return body.dispatchCommand(DROP_COMMAND, event);
          if (data === null || (!data.types.includes('text/html') && !data.types.includes('text/plain'))) return false;
          event.preventDefault();
          $insertRuns(editor, captionRunsFromTransfer(data));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerUpdateListener(({ editorState, tags }) => {
        // A letter an input method is still composing is not written yet: it comes when finished.
        if (tags.has(FROM_FIGURE_TAG) || editor.isComposing()) return;
        const runs = editorState.read($captionRuns);
        const before = told.current;
        if (sameCaption(runs, before)) return;
        const change: CaptionChange = tags.has(PASTE_TAG) ? 'paste' : captionLetters(before) === captionLetters(runs) ? 'format' : 'typing';
        told.current = runs;
        latest.current.onChange(runs, change);
      }),
    );
  }, [editor, body, keys, told]);
  return null;
}

/** Pasted runs at the caret, replacing the selection, in one update marked as a paste. */
function $insertRuns(editor: LexicalEditor, runs: readonly CaptionRun[]): void {
  if (runs.length === 0) return;
  editor.update(
    () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      selection.removeText();
      for (const run of runs) {
        const current = $getSelection();
        if (!$isRangeSelection(current)) return;
        current.format = run.format;
        current.insertText(run.text);
      }
    },
    { tag: PASTE_TAG },
  );
}
