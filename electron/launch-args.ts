import path from 'node:path';
import { TINBAI_EXTENSION } from '../shared/article/format';

/**
 * The draft named on a command line (the OS passes it when the user opens a `.tinbai`), or
 * null. argv[0] is the executable; flags (Chromium's, macOS's -psn_…) are skipped; a relative
 * path is taken from the directory the command ran in.
 */
export function findDraftInArgv(argv: readonly string[], workingDirectory: string = process.cwd()): string | null {
  for (const arg of argv.slice(1)) {
    if (typeof arg !== 'string' || arg === '' || arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith(`.${TINBAI_EXTENSION}`)) continue;
    return isAbsoluteAnywhere(arg) ? arg : path.resolve(workingDirectory, arg);
  }
  return null;
}

function isAbsoluteAnywhere(p: string): boolean {
  return path.posix.isAbsolute(p) || path.win32.isAbsolute(p);
}
