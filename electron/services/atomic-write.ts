import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { errorCodeOf } from './node-errors';

/**
 * Replaces a file so that a crash, a full disk or a refused rename never leaves it half
 * written. write-file-atomic (v7) writes `<target>.<hash>` beside the real file (it follows
 * symlinks), fsyncs it, copies the old file's mode, renames it over the target and unlinks the
 * temp file on any failure (and on process exit). It does not fsync the folder, so we do that
 * where the OS allows it.
 *
 * On Windows, rename is MoveFileEx(REPLACE_EXISTING): it fails with EPERM/EACCES/EBUSY while
 * another program (antivirus, the search indexer, OneDrive, an open preview) holds the target,
 * and write-file-atomic does not retry; a folder cannot be opened for fsync there either.
 * So on win32 we retry the whole write a few times with a short pause and skip the folder sync.
 */
export async function writeFileAtomically(
  target: string,
  data: Buffer,
  platform: NodeJS.Platform = process.platform,
  pause: (ms: number) => Promise<void> = sleep,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFileAtomic(target, data, { fsync: true });
      break;
    } catch (error) {
      const delay = retryDelay(platform, errorCodeOf(error), attempt);
      if (delay === null) throw error;
      await pause(delay);
    }
  }
  if (platform !== 'win32') await syncFolder(dirname(target));
}

const WINDOWS_LOCK_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const WINDOWS_RETRY_DELAYS_MS = [50, 150, 400, 1000];

/** How long to wait before trying again, or null to give up. Only Windows locks are transient. */
export function retryDelay(platform: NodeJS.Platform, code: string | undefined, attempt: number): number | null {
  if (platform !== 'win32' || code === undefined || !WINDOWS_LOCK_CODES.has(code)) return null;
  return WINDOWS_RETRY_DELAYS_MS[attempt] ?? null;
}

/** Makes the rename itself durable. Some file systems refuse to sync a folder; the data is already safe then. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EINVAL/EPERM on file systems without folder fsync: nothing more we can do.
  } finally {
    await handle?.close().catch(() => {});
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
