import { shortcutLetter, type KeyLike } from '../editor/shortcut-letter';

export type { KeyLike };

export type ShortcutCommand = 'new' | 'open' | 'save' | 'saveAs' | 'insertPhoto';

/**
 * The file shortcuts the page handles itself (the menu only displays them):
 * Ctrl/Cmd+N, Ctrl/Cmd+O, Ctrl/Cmd+S, Ctrl/Cmd+Shift+S. The physical key is checked too,
 * so they work whatever keyboard layout is active.
 */
export function shortcutCommand(e: KeyLike): ShortcutCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const letter = shortcutLetter(e);
  if (letter === 's') return e.shiftKey ? 'saveAs' : 'save';
  if (letter === 'i' && e.shiftKey) return 'insertPhoto';
  if (e.shiftKey) return null;
  if (letter === 'n') return 'new';
  if (letter === 'o') return 'open';
  return null;
}

