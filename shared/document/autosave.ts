import type { DocumentState } from './document-state';

/** How long typing must pause before a recovery copy is written. */
export const RECOVERY_DELAY_MS = 2000;

/** The longest unsaved work waits for a copy while the officer types without a pause. */
export const RECOVERY_MAX_WAIT_MS = 15_000;

/**
 * Whether a recovery copy is due: there is unsaved work that the last copy does not hold,
 * and no save is writing the real file at this moment.
 */
export function recoveryDue(state: DocumentState): boolean {
  if (!state.dirty || state.status.kind === 'saving') return false;
  return state.recoveryRevision !== state.revision;
}

/**
 * When to write the copy (a time, like the two given): once typing pauses for RECOVERY_DELAY_MS
 * after the last edit, but no later than RECOVERY_MAX_WAIT_MS after the first edit that no copy
 * holds yet.
 */
export function recoveryWriteAt(lastEditAt: number, firstUncopiedEditAt: number): number {
  return Math.min(lastEditAt + RECOVERY_DELAY_MS, firstUncopiedEditAt + RECOVERY_MAX_WAIT_MS);
}
