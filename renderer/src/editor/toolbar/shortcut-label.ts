/** macOS shows ⌘ where Windows and Linux show Ctrl; the menu and the page must agree. */
function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** "Đậm (Ctrl+B)" or "Đậm (⌘B)". `keys` is the key after the modifier, e.g. "B" or "Shift+Z". */
export function withShortcut(label: string, keys: string, mac: boolean): string {
  if (mac) return `${label} (⌘${keys.replace('Shift+', '⇧')})`;
  return `${label} (Ctrl+${keys})`;
}

export function currentPlatformIsMac(): boolean {
  return typeof navigator !== 'undefined' && isMacPlatform(navigator.platform ?? '');
}
