import { useEffect, type RefObject } from 'react';
import { recoveryDue, recoveryWriteAt } from '../../../shared/document/autosave';
import { articleForSave } from '../../../shared/document/document-state';
import type { AppError } from '../../../shared/ipc/errors';
import { call, isAppError } from '../bridge';
import type { EditorController } from '../editor';
import { createDeadlineTimer } from '../schedule/deadline-timer';
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
    let seen = { revision: -1, generation: -1, due: false };
    /** When the oldest edit that no copy holds was made; null when the last copy is current. */
    let uncopiedSince: number | null = null;
    let lastEditAt = 0;
    let reportedFor: number | null = null;
    /** One copy at a time: on a slow disk, letters typed meanwhile wait for it instead of each asking again. */
    let writing = false;

    const write = async () => {
      const current = store.getState();
      const controller = controllerRef.current;
      if (writing || !recoveryDue(current) || !controller) return;
      const takenAt = performance.now();
      let body;
      try {
        body = controller.getBody();
      } catch {
        return;
      }
      writing = true;
      let result;
      try {
        result = await call('writeRecovery', { article: articleForSave(current, body, new Date()), path: current.path });
      } finally {
        writing = false;
      }
      if (store.getState().generation !== current.generation) return;
      if (isAppError(result)) {
        uncopiedSince = performance.now(); // the next try waits its turn, not the next keystroke
        if (reportedFor !== current.generation) onError(result);
        reportedFor = current.generation;
        return;
      }
      store.dispatch({ type: 'recoveryWritten', revision: current.revision, at: result.savedAt });
      // Edits made while the copy was written are uncopied since the copy's snapshot, not since
      // the edit before it: otherwise every keystroke after a long spell of typing starts a copy.
      uncopiedSince = store.getState().revision === current.revision ? null : takenAt;
      // Letters typed during the write found it busy: their copy is due from the snapshot's time.
      if (uncopiedSince !== null) timer.touch();
    };

    // Each edit moves the time of the copy later (but a copy waits no longer than the maximum
    // while typing goes on); a copy that becomes due again without one (a cancelled save) too.
    const timer = createDeadlineTimer(
      () => (uncopiedSince === null ? null : recoveryWriteAt(lastEditAt, uncopiedSince)),
      () => void write(),
    );
    const onChange = () => {
      const state = store.getState();
      const now = { revision: state.revision, generation: state.generation, due: recoveryDue(state) };
      const edited = now.revision !== seen.revision || now.generation !== seen.generation;
      const becameDue = now.due && !seen.due;
      seen = now;
      if (!edited && !becameDue) return;
      if (!now.due) {
        timer.cancel();
        uncopiedSince = null;
        return;
      }
      lastEditAt = performance.now();
      uncopiedSince ??= lastEditAt;
      timer.touch();
    };

    onChange();
    const unsubscribe = store.subscribe(onChange);
    return () => {
      unsubscribe();
      timer.cancel();
    };
  }, [store, controllerRef, onError]);
}
