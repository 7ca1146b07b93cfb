import { readFile, realpath, stat } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/ipc/errors';
import { PHOTO_LIMITS } from './photo-limits';

/**
 * Word's clipboard pictures. A copy from Word puts its pictures in a folder of its own
 * (Windows: %TEMP%\msohtmlclip1\01\clip_image001.jpg; macOS: ~/Library/Group Containers/
 * UBF8T346G9.Office/TemporaryItems/msohtmlclip/clip_image001.png) and names them in the HTML as
 * file:// URLs. The page may ask for such a picture by its URL; the main process reads it only
 * when the real path, symlinks resolved, is a clip_image file inside an msohtmlclip folder under
 * one of these roots. Any other path, however the URL spells it, is refused.
 */

/** Where Word keeps its clipboard folders: the OS's temporary folder and Office's macOS container. */
export function wordClipboardRoots(): string[] {
  return [tmpdir(), path.join(homedir(), 'Library', 'Group Containers', 'UBF8T346G9.Office', 'TemporaryItems')];
}

const CLIP_FOLDER = /^msohtmlclip\d*$/i;
const CLIP_FILE = /^clip_image\d{1,6}\.(?:jpe?g|png|gif)$/i;

/**
 * The local path a Word clipboard URL names, or null when it is not one: a file: URL with no
 * host (a UNC share is not Word's clipboard), a clip_image file, an msohtmlclip folder among its
 * parents, inside `root`. Pure: the caller still resolves symlinks (see readWordClipboardPicture).
 */
export function wordClipboardPath(url: string, roots: readonly string[], platform: NodeJS.Platform = process.platform): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host.toLowerCase() !== 'localhost')) return null;
  let local: string;
  try {
    local = fileURLToPath(parsed, { windows: platform === 'win32' });
  } catch {
    return null;
  }
  const p = platform === 'win32' ? path.win32 : path.posix;
  // fileURLToPath has already resolved %2e%2e and ..; a path that still differs from its
  // normal form is refused rather than interpreted.
  if (p.normalize(local) !== local) return null;
  return isClipPath(local, roots, p) ? local : null;
}

function isClipPath(local: string, roots: readonly string[], p: path.PlatformPath): boolean {
  if (!CLIP_FILE.test(p.basename(local))) return false;
  const fold = (s: string) => (p === path.win32 ? s.toLowerCase() : s);
  return roots.some((root) => {
    const rel = p.relative(root, local);
    if (rel === '' || rel.startsWith('..') || p.isAbsolute(rel)) return false;
    const folders = rel.split(p.sep).slice(0, -1);
    // msohtmlclip1\01\clip_image001.jpg or msohtmlclip/clip_image001.png: the clip folder first, at most one level under it.
    return folders.length >= 1 && folders.length <= 2 && CLIP_FOLDER.test(folders[0]) && fold(p.join(root, rel)) === fold(local);
  });
}

/**
 * The bytes of the Word clipboard picture a URL names, or an AppError: 'path-not-allowed' for
 * anything outside Word's clipboard folders (symlinks resolved on both sides), 'file-not-found'
 * when Word has already cleared it, 'photo-file-too-large' above the photo limit.
 */
export async function readWordClipboardPicture(url: string, roots: readonly string[] = wordClipboardRoots()): Promise<{ bytes: Buffer; name: string }> {
  const named = wordClipboardPath(url, roots);
  if (named === null) throw new AppError('path-not-allowed', 'not a Word clipboard picture');
  let real: string;
  try {
    real = await realpath(named);
  } catch {
    throw new AppError('file-not-found', path.basename(named));
  }
  const realRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => root)));
  if (wordClipboardPath(pathToFileURL(real).href, realRoots) === null) throw new AppError('path-not-allowed', 'resolves outside Word clipboard folders');
  const info = await stat(real);
  if (!info.isFile()) throw new AppError('path-not-allowed', 'not a file');
  if (info.size > PHOTO_LIMITS.sourceBytes) throw new AppError('photo-file-too-large');
  return { bytes: await readFile(real), name: path.basename(real) };
}
