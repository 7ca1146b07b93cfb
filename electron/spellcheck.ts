/**
 * The spell-check languages for Windows and Linux (macOS uses the system's checker and its own
 * language choice): Vietnamese first, then English, whichever of them this Chromium offers.
 */
export function spellCheckLanguages(available: readonly string[]): string[] {
  return ['vi', 'en-US'].filter((code) => available.includes(code));
}
