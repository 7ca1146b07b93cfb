import { useCallback, useRef, useState, type RefObject } from 'react';
import { newArticle } from '../../../shared/article/new-article';
import { articleForSave, needsConfirmation } from '../../../shared/document/document-state';
import type { AppError } from '../../../shared/ipc/errors';
import { call, isAppError } from '../bridge';
import type { EditorController } from '../editor';
import type { DocumentStore } from './document-store';

/** What the officer asked for that would leave the open document. */
export type Leave =
  | { kind: 'new' }
  | { kind: 'open'; path?: string }
  | { kind: 'close' }
  /** Tệp ▸ Nhập tệp…: `run` asks for the file and loads the new draft; false when nothing was loaded. */
  | { kind: 'import'; run: () => Promise<boolean> };

export const freshArticle = () => newArticle(crypto.randomUUID(), new Date());

/**
 * Save, Save As, New, Open and close, as a desktop editor does them: a save asked for during a
 * save waits for it; leaving unsaved work asks first (Lưu / Không lưu / Hủy); a failed open
 * leaves the article on screen as it was.
 */
export function useFileFlows(
  store: DocumentStore,
  controllerRef: RefObject<EditorController | null>,
  showError: (err: AppError | { code: string }) => void,
  clearNotice: () => void,
) {
  const dispatch = store.dispatch;
  const [leaving, setLeaving] = useState<Leave | null>(null);
  /** The save being written, so a second request waits for it instead of being dropped. */
  const savingRef = useRef<Promise<boolean> | null>(null);

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
      clearNotice();
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
      else if (to.kind === 'import') left = await to.run();
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

  return { save, request, leaving, answerUnsaved };
}
