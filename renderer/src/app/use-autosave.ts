import { useEffect, useRef, type Dispatch, type RefObject } from 'react';
import { RECOVERY_DELAY_MS, recoveryDue } from '../../../shared/document/autosave';
import { articleForSave, type DocumentAction, type DocumentState } from '../../../shared/document/document-state';
import type { AppError } from '../../../shared/ipc/errors';
import { call, isAppError } from '../bridge';
import type { EditorController } from '../editor';

/**
 * While there is unsaved work, writes a recovery copy once typing has paused, so a crash or
 * a power cut costs at most a couple of seconds. A failure is reported once per document.
 */
export function useAutosave(
  state: DocumentState,
  controllerRef: RefObject<EditorController | null>,
  dispatch: Dispatch<DocumentAction>,
  onError: (err: AppError) => void,
): void {
  const stateRef = useRef(state);
  stateRef.current = state;
  const reportedFor = useRef<number | null>(null);
  const due = recoveryDue(state);

  useEffect(() => {
    if (!due) return;
    const timer = setTimeout(async () => {
      const current = stateRef.current;
      const controller = controllerRef.current;
      if (!recoveryDue(current) || !controller) return;
      let body;
      try {
        body = controller.getBody();
      } catch {
        return;
      }
      const revision = current.revision;
      const result = await call('writeRecovery', { article: articleForSave(current, body, new Date()), path: current.path });
      if (stateRef.current.generation !== current.generation) return;
      if (isAppError(result)) {
        if (reportedFor.current !== current.generation) onError(result);
        reportedFor.current = current.generation;
        return;
      }
      dispatch({ type: 'recoveryWritten', revision, at: result.savedAt });
    }, RECOVERY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [due, state.revision, state.generation, controllerRef, dispatch, onError]);
}
