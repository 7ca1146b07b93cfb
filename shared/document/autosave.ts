import type { DocumentState } from './document-state';

/** How long typing must pause before a recovery copy is written. */
export const RECOVERY_DELAY_MS = 2000;

/**
 * Whether a recovery copy is due: there is unsaved work that the last copy does not hold,
 * and no save is writing the real file at this moment.
 */
export function recoveryDue(state: DocumentState): boolean {
  if (!state.dirty || state.status.kind === 'saving') return false;
  return state.recoveryRevision !== state.revision;
}
