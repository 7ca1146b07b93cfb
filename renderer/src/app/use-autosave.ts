import { useEffect, type RefObject } from 'react';
import { recoveryDelay, recoveryDue } from '../../../shared/document/autosave';
import { articleForSave } from '../../../shared/document/document-state';
import type { AppError } from '../../../shared/ipc/errors';
import { call, isAppError } from '../bridge';
import type { EditorController } from '../editor';
import type { DocumentStore } from './document-store';

/**
 * While there is unsaved work, writes a recovery copy once typing has paused (and at least
 * every fifteen seconds while it does not), so a crash or a power cut costs little. It listens to the store directly: a
 * keystroke restarts the timer without redrawing anything. A failure is reported once per
 * document.
 */
export function useAutosave(
  store: DocumentStore,
  controllerRef: RefObject<EditorController | null>,
  onError: (err: AppError) => void,
): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seen = { revision: -1, generation: -1, due: false };
    /** When the oldest edit that no copy holds was made; null when the last copy is current. */
    let uncopiedSince: number | null = null;
    let reportedFor: number | null = null;

    const write = async () => {
      timer = undefined;
      const current = store.getState();
      const controller = controllerRef.current;
      if (!recoveryDue(current) || !controller) return;
      let body;
      try {
        body = controller.getBody();
      } catch {
        return;
      }
      const result = await call('writeRecovery', { article: articleForSave(current, body, new Date()), path: current.path });
      if (store.getState().generation !== current.generation) return;
      if (isAppError(result)) {
        uncopiedSince = Date.now(); // the next try waits its turn, not the next keystroke
        if (reportedFor !== current.generation) onError(result);
        reportedFor = current.generation;
        return;
      }
      store.dispatch({ type: 'recoveryWritten', revision: current.revision, at: result.savedAt });
      if (store.getState().revision === current.revision) uncopiedSince = null;
    };

    // The timer restarts after each edit (but a copy waits no longer than the maximum while
    // typing goes on), and when a copy becomes due again without one (a cancelled save).
    const onChange = () => {
      const state = store.getState();
      const now = { revision: state.revision, generation: state.generation, due: recoveryDue(state) };
      const edited = now.revision !== seen.revision || now.generation !== seen.generation;
      const becameDue = now.due && !seen.due;
      seen = now;
      if (!edited && !becameDue) return;
      if (timer !== undefined) clearTimeout(timer);
      if (!now.due) {
        timer = undefined;
        uncopiedSince = null;
        return;
      }
      uncopiedSince ??= Date.now();
      timer = setTimeout(write, recoveryDelay(Date.now(), uncopiedSince));
    };

    onChange();
    const unsubscribe = store.subscribe(onChange);
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, controllerRef, onError]);
}
