/**
 * Closing a window (its close button, Ctrl+W, Thoát / Cmd+Q): with unsaved work the page is
 * asked first (Save / Don't save / Cancel) and closes the window itself once the user chose.
 */
export interface CloseState {
  /** The page reported unsaved changes. */
  dirty: boolean;
  /** The page already asked the user and asked us to close. */
  forced: boolean;
}

export type CloseDecision = 'close' | 'ask-page';

export function decideClose(state: CloseState): CloseDecision {
  return state.dirty && !state.forced ? 'ask-page' : 'close';
}
