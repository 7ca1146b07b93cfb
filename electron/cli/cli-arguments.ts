/** The command line's verbs and flags: anything else on a launch is a draft to open in the window. */
export const CLI_VERBS = ['info', 'photos', 'import', 'convert', 'html', 'export', 'new', 'templates'] as const;
const CLI_FLAGS = ['--help', '-h', '--version', '-V'];

/**
 * The arguments meant for the command line, or null when the launch is the window's. The
 * packaged executable gets [exe, ...args]; an unpackaged Electron gets [electron, app folder,
 * ...args]. Only a known verb or flag in first place makes it a command-line run, so
 * `soan-tin "Hội nghị.tinbai"` still opens the window.
 */
export function cliArguments(argv: readonly string[], packaged: boolean): string[] | null {
  const args = argv.slice(packaged ? 1 : 2).filter((arg, i) => !(i === 0 && arg === '--'));
  const first = args[0];
  if (first === undefined) return null;
  return (CLI_VERBS as readonly string[]).includes(first) || CLI_FLAGS.includes(first) ? args : null;
}
