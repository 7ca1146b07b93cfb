import { shortcutLetter, type KeyLike } from './shortcut-letter';

export type BodyShortcut = 'undo' | 'redo' | 'link' | 'strikethrough' | 'superscript' | 'subscript' | 'start' | 'end' | 'selectToStart' | 'selectToEnd';

/**
 * The body's own shortcuts, the same on every platform (the native menu only displays them):
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Y and Shift+Ctrl/Cmd+Z redo, Ctrl/Cmd+K link. On macOS the
 * modifier is Cmd, elsewhere Ctrl; the physical key counts when the layout gives another
 * character. B, I and U are Lexical's.
 *
 * Also the moves to the start and end of the article (Ctrl+Home/End, on macOS Cmd+Up/Down; with
 * Shift, selecting): the editor makes them on its own model, because the browser cannot place
 * the caret inside paragraphs it has not laid out (see editor.css).
 */
export function bodyShortcut(e: KeyLike, mac: boolean): BodyShortcut | null {
  const mod = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!mod || e.altKey) return null;
  const toStart = mac ? e.key === 'ArrowUp' : e.key === 'Home';
  const toEnd = mac ? e.key === 'ArrowDown' : e.key === 'End';
  if (toStart) return e.shiftKey ? 'selectToStart' : 'start';
  if (toEnd) return e.shiftKey ? 'selectToEnd' : 'end';
  // As in Word: Ctrl/Cmd+= subscript, with Shift superscript; Shift+Ctrl/Cmd+X strikethrough.
  if (e.code === 'Equal' || e.key === '=' || e.key === '+') return e.shiftKey || e.key === '+' ? 'superscript' : 'subscript';
  const letter = shortcutLetter(e);
  if (letter === 'x' && e.shiftKey) return 'strikethrough';
  if (letter === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (e.shiftKey) return null;
  if (letter === 'y') return 'redo';
  if (letter === 'k') return 'link';
  return null;
}
