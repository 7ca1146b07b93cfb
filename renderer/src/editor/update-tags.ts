/**
 * Our own update tag for editor updates that change no content a person wrote: the passes Lexical
 * and the plugins make over the body while it loads (lists renumbered, text normalised as the
 * node transforms register). Lexical's history-merge tag means "same undo step", not "not an
 * edit": the Unikey replacement and the NFC pass carry it on real text changes, which must mark
 * the draft changed.
 */
export const NOT_AN_EDIT_TAG = 'soantin-not-an-edit';

export interface UpdateFacts {
  dirtyNodes: number;
  tags: ReadonlySet<string>;
  /** The state before was the empty one Lexical starts from (the first load). */
  fromEmpty: boolean;
  /** The update left the state as it was. */
  unchanged: boolean;
}

/** Whether an editor update is an edit of the article: it marks the draft changed and is counted. */
export function isContentEdit(update: UpdateFacts): boolean {
  if (update.dirtyNodes === 0 || update.fromEmpty || update.unchanged) return false;
  return !update.tags.has(NOT_AN_EDIT_TAG);
}
