import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta } from '../../../shared/article/article-schema';
import { newArticle } from '../../../shared/article/new-article';
import { articleForSave, initialDocumentState, needsConfirmation } from '../../../shared/document/document-state';
import { documentName, windowTitle } from '../../../shared/document/window-title';
import type { RecoveryEntry } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/ipc/errors';
import type { TextCount } from '../../../shared/text/word-count';
import { call, isAppError, soantin } from '../bridge';
import { EditorBody, EditorProvider, EditorToolbar, type EditorCommand, type EditorController } from '../editor';
import { useMessages } from '../i18n';
import { AboutDialog } from './AboutDialog';
import type { StartupAnswer } from './App';
import { ArticleHeader } from './ArticleHeader';
import { createDocumentStore, useDocument } from './document-store';
import { ErrorBanner, type Notice } from './ErrorBanner';
import { InfoPanel } from './InfoPanel';
import { RecoveryDialog } from './RecoveryDialog';
import { shortcutCommand } from './shortcuts';
import { StatusBar } from './StatusBar';
import { UnsavedDialog } from './UnsavedDialog';
import { useAutosave } from './use-autosave';

/** What the officer asked for that would leave the open document. */
type Leave = { kind: 'new' } | { kind: 'open'; path?: string } | { kind: 'close' };

const freshArticle = () => newArticle(crypto.randomUUID(), new Date());

/**
 * An Edit-menu command clicked with the mouse: it acts where the caret is. In the title, sapô or
 * a details field, Undo and Redo are the field's own and formatting does not apply; elsewhere it
 * goes to the body.
 */
function runEditCommand(command: EditorCommand, editor: EditorController | null): void {
  const focused = document.activeElement;
  if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) {
    if (command === 'undo' || command === 'redo') document.execCommand(command);
    return;
  }
  editor?.run(command);
}

/** The document window: one draft, its editor, its panel, its status, and the file flows. */
export function Workspace({ startup, onSwitchLocale }: { startup: StartupAnswer | null; onSwitchLocale: () => void }) {
  const messages = useMessages();
  const [store] = useState(() => createDocumentStore(initialDocumentState(freshArticle())));
  const dispatch = store.dispatch;
  // Each slice redraws its part only when it changes; a keystroke changes none of them.
  const generation = useDocument(store, (s) => s.generation);
  const initialBody = useDocument(store, (s) => s.initialBody);
  const meta = useDocument(store, (s) => s.meta);
  const path = useDocument(store, (s) => s.path);
  const dirty = useDocument(store, (s) => s.dirty);
  const status = useDocument(store, (s) => s.status);
  const controllerRef = useRef<EditorController | null>(null);
  // Null until the editor has counted the body: no "0 words" for a long draft that is loading.
  const [count, setCount] = useState<TextCount | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [leaving, setLeaving] = useState<Leave | null>(null);
  const [recoveries, setRecoveries] = useState<RecoveryEntry[]>([]);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [ready, setReady] = useState(false);
  /** The save being written, so a second request waits for it instead of being dropped. */
  const savingRef = useRef<Promise<boolean> | null>(null);

  const showError = useCallback((err: AppError | { code: string }) => setNotice({ code: err.code, key: Date.now() }), []);

  // Start-up: a draft from the command line, its error, and any work left from a crash.
  useEffect(() => {
    if (!startup || ready) return;
    if (isAppError(startup)) {
      showError(startup);
    } else {
      if (startup.pendingDocument) {
        dispatch({ type: 'loaded', article: startup.pendingDocument.article, path: startup.pendingDocument.path, origin: 'opened' });
      }
      if (startup.pendingError) showError(startup.pendingError);
      setRecoveries(startup.recoveries);
    }
    setReady(true);
  }, [startup, ready, showError]);

  const writeOnce = useCallback(
    async (saveAs: boolean): Promise<boolean> => {
      const controller = controllerRef.current;
      if (!controller) return false;
      const current = store.getState();
      const { generation, revision } = current;
      try {
        const article = articleForSave(current, controller.getBody(), new Date());
        dispatch({ type: 'saveStarted', generation });
        const result = await call('saveDocument', { article, path: current.path, saveAs: saveAs || current.path === null });
        if (isAppError(result)) {
          dispatch({ type: 'saveEnded', generation });
          showError(result);
          return false;
        }
        if (result.status === 'cancelled') {
          dispatch({ type: 'saveEnded', generation });
          return false;
        }
        dispatch({ type: 'saveSucceeded', generation, path: result.path, revision, modified: article.modified });
        return true;
      } catch {
        dispatch({ type: 'saveEnded', generation });
        showError({ code: 'internal' });
        return false;
      }
    },
    [showError],
  );

  /** Saves the open article; while a save is being written, waits for it and saves again only if needed. */
  const save = useCallback(
    async (saveAs: boolean): Promise<boolean> => {
      while (savingRef.current) {
        const done = await savingRef.current;
        if (done && !saveAs && !store.getState().dirty) return true;
      }
      const writing = writeOnce(saveAs);
      savingRef.current = writing;
      try {
        return await writing;
      } finally {
        savingRef.current = null;
      }
    },
    [writeOnce],
  );

  const open = useCallback(
    async (path?: string): Promise<boolean> => {
      const result = await call('openDocument', path ? { path } : {});
      // A failed open leaves the document on screen exactly as it was.
      if (isAppError(result)) {
        showError(result);
        return false;
      }
      if (result.status === 'cancelled') return false;
      setNotice(null);
      dispatch({ type: 'loaded', article: result.article, path: result.path, origin: 'opened' });
      return true;
    },
    [showError],
  );

  /**
   * Leaves the open article for a new one, another file, or closing. When the officer chose
   * not to save it, its recovery copy goes too, but only once the article has really been left
   * (a failed open keeps both the article and its copy).
   */
  const leave = useCallback(
    async (to: Leave, unsavedWorkDropped = false) => {
      const leftId = store.getState().id;
      let left = true;
      if (to.kind === 'new') dispatch({ type: 'loaded', article: freshArticle(), path: null, origin: 'new' });
      else if (to.kind === 'open') left = await open(to.path);
      if (left && unsavedWorkDropped) await call('discardRecovery', { articleId: leftId });
      if (to.kind === 'close') {
        await call('setDirty', { dirty: false });
        await call('closeWindow', {});
      }
    },
    [open],
  );

  /** New, Open and close ask first when there is unsaved work, as Word does. */
  const request = useCallback(
    (to: Leave) => {
      if (needsConfirmation(store.getState())) setLeaving(to);
      else void leave(to);
    },
    [leave],
  );

  const answerUnsaved = async (choice: 'save' | 'discard' | 'cancel') => {
    const to = leaving;
    if (!to) return;
    if (choice === 'cancel') return setLeaving(null);
    setLeaving(null);
    if (choice === 'save' && !(await save(false))) return;
    await leave(to, choice === 'discard');
  };

  const restoreRecovery = async (entry: RecoveryEntry) => {
    const result = await call('readRecovery', { articleId: entry.articleId });
    if (isAppError(result)) return showError(result);
    setRecoveries([]);
    dispatch({ type: 'loaded', article: result.article, path: result.path, origin: 'recovered' });
  };

  const discardRecovery = async (entry: RecoveryEntry) => {
    const result = await call('discardRecovery', { articleId: entry.articleId });
    if (isAppError(result)) showError(result);
    setRecoveries((list) => list.filter((e) => e.articleId !== entry.articleId));
  };

  // Events from the main process: the menu, files handed over by the OS, the close button.
  const commandsRef = useRef({ request, save });
  commandsRef.current = { request, save };
  useEffect(() => {
    const api = soantin();
    const offs = [
      api.onMenuCommand(({ command }) => {
        const { request, save } = commandsRef.current;
        switch (command) {
          case 'new':
            return request({ kind: 'new' });
          case 'open':
            return request({ kind: 'open' });
          case 'save':
            return void save(false);
          case 'saveAs':
            return void save(true);
          case 'about':
            return setAboutOpen(true);
          default:
            return runEditCommand(command, controllerRef.current);
        }
      }),
      api.onOpenFileRequest(({ path }) => commandsRef.current.request({ kind: 'open', path })),
      api.onCloseRequested(() => commandsRef.current.request({ kind: 'close' })),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = shortcutCommand(e);
      if (!command) return;
      e.preventDefault();
      const { request, save } = commandsRef.current;
      if (command === 'new') request({ kind: 'new' });
      else if (command === 'open') request({ kind: 'open' });
      else void save(command === 'saveAs');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const title = windowTitle({ path, title: meta.title, dirty }, messages.ui.untitled, messages.ui.appName);
  useEffect(() => {
    document.title = title;
  }, [title]);

  useEffect(() => {
    void call('setDirty', { dirty });
  }, [dirty]);

  useAutosave(store, controllerRef, showError);

  const editMeta = useCallback((patch: Partial<ArticleMeta>) => dispatch({ type: 'metaEdited', patch }), []);
  const onBodyChange = useCallback(() => dispatch({ type: 'bodyEdited' }), []);
  const focusBody = useCallback(() => controllerRef.current?.focus(), []);

  // Same elements on every render: a keystroke re-renders the shell, never the editor's subtree.
  const toolbar = useMemo(() => <EditorToolbar />, []);
  const body = useMemo(() => <EditorBody />, []);

  const article = (
    <div className="workspace">
      <div className="toolbar-row">
        {ready && toolbar}
      </div>
      <div className="panes">
        <main className="article-pane" aria-label={messages.ui.articleLabel}>
          {notice && <ErrorBanner notice={notice} onDismiss={() => setNotice(null)} />}
          <article className="article-column">
            {ready ? (
              <>
                <ArticleHeader meta={meta} onEdit={editMeta} onLeaveSapo={focusBody} />
                <div className="article-body">{body}</div>
              </>
            ) : (
              <p className="loading">{messages.ui.loading}</p>
            )}
          </article>
        </main>
        {ready ? (
          <InfoPanel key={generation} meta={meta} path={path} onEdit={editMeta} />
        ) : (
          <aside className="side-panel" aria-busy="true" />
        )}
      </div>
    </div>
  );

  return (
    <div className="app">
      {ready ? (
        <EditorProvider
          key={generation}
          initialBody={initialBody}
          onChange={onBodyChange}
          onCount={setCount}
          controllerRef={controllerRef}
        >
          {article}
        </EditorProvider>
      ) : (
        article
      )}
      <StatusBar count={count} status={ready ? status : null} onSwitchLocale={onSwitchLocale} />
      {leaving && <UnsavedDialog name={documentName({ path, title: meta.title }, messages.ui.untitled)} onAnswer={(c) => void answerUnsaved(c)} />}
      {!leaving && recoveries.length > 0 && (
        <RecoveryDialog
          entries={recoveries}
          onRestore={(e) => void restoreRecovery(e)}
          onDiscard={(e) => void discardRecovery(e)}
          onLater={() => setRecoveries([])}
        />
      )}
      {aboutOpen && (
        <AboutDialog version={startup && !isAppError(startup) ? startup.version : ''} onClose={() => setAboutOpen(false)} />
      )}
    </div>
  );
}
