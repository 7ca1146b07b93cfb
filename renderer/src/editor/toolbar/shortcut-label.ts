/** macOS shows ⌘ where Windows and Linux show Ctrl; the menu and the page must agree. */
/** "Đậm (Ctrl+B)" or "Đậm (⌘B)". `keys` is the key after the modifier, e.g. "B" or "Shift+Z". */
export function withShortcut(label: string, keys: string, mac: boolean): string {
  if (mac) return `${label} (⌘${keys.replace('Shift+', '⇧')})`;
  return `${label} (Ctrl+${keys})`;
}
