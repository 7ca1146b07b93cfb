import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { MEDIA_HASH } from '../../shared/article/article-schema';
import { AppError } from '../../shared/ipc/errors';
import { writeFileAtomically } from './atomic-write';
import { appErrorFromNode, errorCodeOf } from './node-errors';
import type { DraftMedia, MediaLibrary } from './ports';

/**
 * Where a save finds the master of each photo an article lists: a photo imported since the draft
 * was opened is kept in `<data folder>/media/<hash>.jpg` (written atomically, so a crash keeps it
 * for the recovery copy); a photo of a draft already on disk is read back from that draft.
 * Content-addressed: the same photo twice is one file, and a master is checked against its hash
 * when read, so a damaged cache is never saved into a draft.
 */
export function createMediaLibrary(folder: string, platform: NodeJS.Platform = process.platform): MediaLibrary {
  const inDrafts = new Map<string, DraftMedia>();
  const fileOf = (hash: string) => {
    if (!MEDIA_HASH.test(hash)) throw new AppError('invalid-payload', 'photo hash');
    return join(folder, `${hash}.jpg`);
  };

  return {
    adopt(media) {
      for (const hash of media.hashes) inDrafts.set(hash, media);
    },

    async put(hash, master) {
      if (sha256(master) !== hash) throw new AppError('internal', 'photo does not match its hash');
      try {
        await mkdir(folder, { recursive: true });
        await writeFileAtomically(fileOf(hash), master, platform);
      } catch (error) {
        throw error instanceof AppError ? error : (appErrorFromNode(error) ?? error);
      }
    },

    async has(hash) {
      if (!MEDIA_HASH.test(hash)) return false;
      if (inDrafts.has(hash)) return true;
      try {
        await access(fileOf(hash));
        return true;
      } catch {
        return false;
      }
    },

    async read(hash) {
      try {
        const cached = await readFile(fileOf(hash));
        if (sha256(cached) === hash) return cached;
      } catch (error) {
        if (error instanceof AppError || errorCodeOf(error) !== 'ENOENT') throw appErrorFromNode(error) ?? error;
      }
      const draft = inDrafts.get(hash);
      if (!draft) throw new AppError('photo-missing', hash);
      return draft.read(hash);
    },
  };
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
