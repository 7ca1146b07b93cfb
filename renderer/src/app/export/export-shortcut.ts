import { shortcutLetter, type KeyLike } from '../../editor/shortcut-letter';

/** Ctrl/⌘+Shift+C (Sao chép HTML cho cổng), by the letter or, on another layout, the physical key. */
export function isCopyPortalHtmlKey(e: KeyLike): boolean {
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && shortcutLetter(e) === 'c';
}
