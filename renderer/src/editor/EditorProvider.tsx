import './editor.css';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $addUpdateTag, $getRoot } from 'lexical';
import { useEffect, useImperativeHandle, useMemo, useRef, type JSX, type ReactNode, type Ref } from 'react';
import type { ArticleBody, MediaItem } from '../../../shared/article/article-schema';
import { INSERT_FIGURES_COMMAND } from './figure/FigurePlugin';
import { countText, type TextCount } from '../../../shared/text/word-count';
import { createDeadlineTimer } from '../schedule/deadline-timer';
import { runEditorCommand, type EditorCommand } from './editor-commands';
import { BODY_NODES } from './editor-nodes';
import { EditorEnvironmentProvider, type EditorEnvironment } from './editor-environment';
import { editorTheme } from './editor-theme';
import { isContentEdit, NOT_AN_EDIT_TAG } from './update-tags';

export interface EditorController {
  getBody(): ArticleBody;
  focus(): void;
  run(command: EditorCommand): void;
  /** Figures for photos just imported, at the caret. */
  insertFigures(items: MediaItem[]): void;
}

interface EditorProviderProps {
  initialBody: ArticleBody;
  onChange: () => void;
  onCount: (count: TextCount) => void;
  controllerRef: Ref<EditorController | null>;
  environment: EditorEnvironment;
  children: ReactNode;
}

/** Counting waits for this much typing pause, so a 20,000-word article stays quick to type in. */
const COUNT_IDLE_MS = 250;

/** One Lexical editor for one document; the shell remounts it (key) for another document. */
export function EditorProvider({ initialBody, onChange, onCount, controllerRef, environment, children }: EditorProviderProps): JSX.Element {
  // Read once: later bodies come with a remount.
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'soantin-body',
      nodes: BODY_NODES,
      theme: editorTheme,
      editorState: JSON.stringify(initialBody),
      onError: (error) => {
        // Lexical recovers by keeping the last good state; the document is never dropped.
        console.error('[editor]', error);
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorEnvironmentProvider value={environment}>
        <ControllerBridge controllerRef={controllerRef} />
        <ChangeAndCount onChange={onChange} onCount={onCount} />
        {children}
        <LoadIsNotAnEdit />
      </EditorEnvironmentProvider>
    </LexicalComposer>
  );
}

function ControllerBridge({ controllerRef }: { controllerRef: Ref<EditorController | null> }): null {
  const [editor] = useLexicalComposerContext();
  useImperativeHandle(
    controllerRef,
    () => ({
      getBody: () => editor.getEditorState().toJSON() as unknown as ArticleBody,
      focus: () => editor.focus(),
      run: (command) => runEditorCommand(editor, command),
      insertFigures: (items) => void editor.dispatchCommand(INSERT_FIGURES_COMMAND, items),
    }),
    [editor],
  );
  return null;
}

/**
 * Tells the shell about content changes (cheaply, on every change) and about the word count
 * (after a pause). Selection-only updates have no dirty nodes and are ignored, and so are the
 * updates Lexical makes by itself on load.
 */
function ChangeAndCount({ onChange, onCount }: { onChange: () => void; onCount: (count: TextCount) => void }): null {
  const [editor] = useLexicalComposerContext();
  const latest = useRef({ onChange, onCount });
  latest.current = { onChange, onCount };

  useEffect(() => {
    let changedAt = performance.now();
    const counter = createDeadlineTimer(
      () => changedAt + COUNT_IDLE_MS,
      () => {
        const text = editor.getEditorState().read(() => $getRoot().getTextContent());
        latest.current.onCount(countText(text));
      },
    );
    const scheduleCount = () => {
      changedAt = performance.now();
      counter.touch();
    };
    scheduleCount(); // the loaded body's count
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState, tags }) => {
      const facts = { dirtyNodes: dirtyElements.size + dirtyLeaves.size, tags, fromEmpty: prevEditorState.isEmpty(), unchanged: prevEditorState === editorState };
      if (!isContentEdit(facts)) return;
      latest.current.onChange();
      scheduleCount();
    });
    return () => {
      unregister();
      counter.cancel();
    };
  }, [editor]);
  return null;
}

/**
 * Placed after the plugins, whose effects run first: as they register, Lexical queues passes over
 * the whole body (each node transform visits every node of its type). This update joins that same
 * batch and marks it as not an edit, so opening a draft never makes it look changed.
 */
function LoadIsNotAnEdit(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.update(() => $addUpdateTag(NOT_AN_EDIT_TAG));
  }, [editor]);
  return null;
}
