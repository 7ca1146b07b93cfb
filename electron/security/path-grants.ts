import path from 'node:path';
import { TINBAI_EXTENSION } from '../../shared/article/format';
import { AppError } from '../../shared/ipc/errors';
import { pathIdentity } from '../services/path-identity';

/**
 * The page shows foreign content (pasted HTML, other people's drafts), so it may not name any
 * file it likes for the main process to read or overwrite. It may name only paths the main
 * process has handed out: dialog answers, drafts given at launch or by the OS, recent-menu
 * clicks and the recent list, and files already opened or saved. Everything else goes through
 * a dialog, where the user chooses.
 */

/** Whether a path the page names has the shape of a draft: absolute, plain, ending in `.tinbai`. */
export function isDraftPathShape(file: string, platform: NodeJS.Platform): boolean {
  if (file.length === 0 || file.includes('\0')) return false;
  const api = platform === 'win32' ? path.win32 : path.posix;
  if (!api.isAbsolute(file)) return false;
  // '.' and '..' segments are refused rather than resolved: through a symlink they lead elsewhere.
  if (file.split(platform === 'win32' ? /[\\/]/ : '/').some((part) => part === '.' || part === '..')) return false;
  return file.toLowerCase().endsWith(`.${TINBAI_EXTENSION}`);
}

export interface PathGrants {
  /** The main process handed this path out: the page may name it later. */
  grant(file: string): void;
  /** Whether the page may open or save `file` without a dialog. */
  allows(file: string): boolean;
}

/**
 * `alsoGranted` is read on every check: the recent-files list, which changes as drafts are
 * opened and which the page may offer to reopen.
 */
export function createPathGrants(platform: NodeJS.Platform, alsoGranted: () => Iterable<string> = () => []): PathGrants {
  const granted = new Set<string>();
  return {
    grant(file) {
      granted.add(pathIdentity(file, platform));
    },
    allows(file) {
      if (!isDraftPathShape(file, platform)) return false;
      const key = pathIdentity(file, platform);
      if (granted.has(key)) return true;
      for (const other of alsoGranted()) if (pathIdentity(other, platform) === key) return true;
      return false;
    },
  };
}

/** `file` when the page may name it; otherwise the call is refused before any disk access. */
export function grantedPath(grants: PathGrants, file: string): string {
  if (!grants.allows(file)) throw new AppError('path-not-allowed');
  return file;
}
