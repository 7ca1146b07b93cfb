import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { AppError } from '../../../shared/ipc/errors';
import { writeFileAtomically } from '../atomic-write';
import { errorCodeOf } from '../node-errors';
import { isPhotoHash } from './media-entry';
import { previewFromMaster } from './preview';

export interface PreviewCache {
  /**
   * The preview of the master named `hash`: the cached file when it is there and whole,
   * otherwise made from the master (read only then) and stored for next time.
   */
  get(hash: string, master: () => Promise<Buffer> | Buffer): Promise<Buffer>;
  /** Stores a preview just made at import. */
  put(hash: string, preview: Buffer): Promise<void>;
  /** Where a preview is kept (for logs and the tests). */
  pathOf(hash: string): string;
}

/**
 * Previews kept in the app's data folder, one file per master hash, so that reopening a
 * draft with twenty photos does not decode twenty masters. A cache only: a missing file
 * (first open on this machine, the folder cleaned) or a damaged one (a crash, a disk
 * error) is remade from the master. Writes are atomic, so a reader never sees half a file.
 */
export function createPreviewCache(folder: string): PreviewCache {
  const inFlight = new Map<string, Promise<Buffer>>();
  const pathOf = (hash: string) => {
    if (!isPhotoHash(hash)) throw new AppError('invalid-payload', 'not a photo hash');
    return join(folder, `${hash}.jpg`);
  };

  const store = async (hash: string, preview: Buffer) => {
    const path = pathOf(hash);
    await mkdir(folder, { recursive: true });
    await writeFileAtomically(path, preview);
  };

  const remake = async (hash: string, master: () => Promise<Buffer> | Buffer): Promise<Buffer> => {
    const cached = await readIfWhole(pathOf(hash));
    if (cached) return cached;
    const bytes = await master();
    const preview = await previewFromMaster(bytes);
    // A master that does not match its name (a damaged draft) still gets a preview, but it
    // is not stored under a name that another draft's true master shares.
    if (sha256(bytes) === hash) await store(hash, preview);
    return preview;
  };

  return {
    pathOf,
    put: store,
    // async, so that a bad hash is a rejected promise like every other failure; the lines
    // before the first await still run at once, so two calls at the same time share one job.
    async get(hash, master) {
      pathOf(hash);
      const running = inFlight.get(hash);
      if (running) return running;
      const job = remake(hash, master).finally(() => inFlight.delete(hash));
      inFlight.set(hash, job);
      return job;
    },
  };
}

/** The cached bytes when they are a whole JPEG that decodes; null when missing or damaged. */
async function readIfWhole(path: string): Promise<Buffer | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return null;
    throw error;
  }
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  try {
    // A preview is small: decoding it whole costs a few milliseconds and catches any damage.
    await sharp(bytes, { failOn: 'error' }).raw().toBuffer();
    return bytes;
  } catch {
    return null;
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
