/** A key press as the shortcut decisions read it (a KeyboardEvent, or a test's plain object). */
export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The letter of a shortcut, lower case: the key's, or the physical key's when the layout gives another character. */
export function shortcutLetter(e: KeyLike): string {
  return /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : (e.code ?? '').replace(/^Key/, '').toLowerCase();
}
