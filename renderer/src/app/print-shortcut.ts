import { shortcutLetter, type KeyLike } from '../editor/shortcut-letter';

/** Ctrl/⌘+P, whatever the keyboard layout (the menu only displays it; the page prints). */
export function isPrintShortcut(e: KeyLike): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && shortcutLetter(e) === 'p';
}
