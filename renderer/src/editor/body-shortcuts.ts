import type { KeyLike } from '../app/shortcuts';

export type BodyShortcut = 'undo' | 'redo' | 'link';

/**
 * The body's own shortcuts, the same on every platform (the native menu only displays them):
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Y and Shift+Ctrl/Cmd+Z redo, Ctrl/Cmd+K link. On macOS the
 * modifier is Cmd, elsewhere Ctrl; the physical key counts when the layout gives another
 * character. B, I and U are Lexical's.
 */
export function bodyShortcut(e: KeyLike, mac: boolean): BodyShortcut | null {
  const mod = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!mod || e.altKey) return null;
  const letter = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : (e.code ?? '').replace(/^Key/, '').toLowerCase();
  if (letter === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (e.shiftKey) return null;
  if (letter === 'y') return 'redo';
  if (letter === 'k') return 'link';
  return null;
}
