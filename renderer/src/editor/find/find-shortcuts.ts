import { shortcutLetter, type KeyLike } from '../shortcut-letter';

export type FindShortcut = 'find' | 'replace' | 'next' | 'previous';

/**
 * The find keys, as in Word: Ctrl/⌘+F find, Ctrl+H replace (⌘⌥F on macOS, where ⌘H hides the
 * app), F3 and Shift+F3 (also ⌘G, ⇧⌘G on macOS) the next and previous match.
 */
export function findShortcut(e: KeyLike, mac: boolean): FindShortcut | null {
  if (e.key === 'F3' && !e.ctrlKey && !e.metaKey && !e.altKey) return e.shiftKey ? 'previous' : 'next';
  const mod = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!mod) return null;
  const letter = shortcutLetter(e);
  if (mac && letter === 'g' && !e.altKey) return e.shiftKey ? 'previous' : 'next';
  if (e.shiftKey) return null;
  if (letter === 'f') return e.altKey ? (mac ? 'replace' : null) : 'find';
  if (letter === 'h' && !e.altKey && !mac) return 'replace';
  return null;
}
