export type ShortcutCommand = 'new' | 'open' | 'save' | 'saveAs';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The file shortcuts the page handles itself (the menu only displays them):
 * Ctrl/Cmd+N, Ctrl/Cmd+O, Ctrl/Cmd+S, Ctrl/Cmd+Shift+S. The physical key is checked too,
 * so they work whatever keyboard layout is active.
 */
export function shortcutCommand(e: KeyLike): ShortcutCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const letter = shortcutLetter(e);
  if (letter === 's') return e.shiftKey ? 'saveAs' : 'save';
  if (e.shiftKey) return null;
  if (letter === 'n') return 'new';
  if (letter === 'o') return 'open';
  return null;
}

/** The letter of a shortcut, lower case: the key's, or the physical key's when the layout gives another character. */
export function shortcutLetter(e: KeyLike): string {
  return /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : (e.code ?? '').replace(/^Key/, '').toLowerCase();
}
