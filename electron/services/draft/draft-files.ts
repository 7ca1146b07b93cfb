import { AppError } from '../../../shared/ipc/errors';
import type { Article } from '../../../shared/article/article-schema';
import { writeFileAtomically } from '../atomic-write';
import { checkWritableName, writeErrorFromNode } from '../write-errors';
import type { DraftFiles, DraftMedia } from '../ports';
import { decodeArchive, encodeDraft, type MediaReader } from './draft-codec';
import { mediaEntryName } from './entry-roles';
import { openZipFile } from './zip-codec';

/**
 * Drafts on disk. Opening reads the file entry by entry and keeps no handle: the photos are read
 * again from the file when they are needed (a save, an export), so a draft with 40 photos opens
 * without holding them, and nothing keeps the file locked on Windows.
 */
export async function openDraft(path: string): Promise<{ article: Article; media: DraftMedia }> {
  const zip = await openZipFile(path);
  let article: Article;
  try {
    ({ article } = await decodeArchive(zip));
  } finally {
    await zip.close();
  }
  return { article, media: draftMediaAt(path, article) };
}

export async function readDraft(path: string): Promise<Article> {
  return (await openDraft(path)).article;
}

/** The photos of the draft at `path`, read from the file on demand. */
export function draftMediaAt(path: string, article: Article): DraftMedia {
  const hashes = article.media.map((item) => item.hash);
  return {
    hashes,
    async read(hash) {
      if (!hashes.includes(hash)) throw new AppError('not-a-draft', `photo ${hash} is not in ${path}`);
      const zip = await openZipFile(path);
      try {
        return await zip.read(mediaEntryName(hash));
      } finally {
        await zip.close();
      }
    },
  };
}

/** Saves a draft atomically: the old file stays whole until the new one is complete on disk. */
export async function writeDraft(path: string, article: Article, media?: MediaReader, platform: NodeJS.Platform = process.platform): Promise<void> {
  const bytes = await encodeDraft(article, { media });
  await writeBytes(path, bytes, platform);
}

export async function writeBytes(path: string, bytes: Buffer, platform: NodeJS.Platform = process.platform): Promise<void> {
  checkWritableName(path, platform);
  try {
    await writeFileAtomically(path, bytes, platform);
  } catch (error) {
    throw error instanceof AppError ? error : (writeErrorFromNode(error) ?? error);
  }
}

export function createDraftFiles(media?: MediaReader, platform: NodeJS.Platform = process.platform): DraftFiles {
  return {
    open: (path) => openDraft(path),
    read: (path) => readDraft(path),
    write: (path, article) => writeDraft(path, article, media, platform),
  };
}
