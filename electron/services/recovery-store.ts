import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Article } from '../../shared/article/article-schema';
import { ARTICLE_ID, RECOVERY_NOTE_ENTRY, TINBAI_EXTENSION } from '../../shared/article/format';
import type { RecoveryEntry } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';
import type { RecoveryStore } from './ports';
import { decodeArchive, encodeDraft, type MediaReader } from './draft/draft-codec';
import { draftMediaAt, writeBytes } from './draft/draft-files';
import { openZipFile } from './draft/zip-codec';
import { appErrorFromNode, errorCodeOf } from './node-errors';

/**
 * Unsaved work, kept while a document is dirty so that a crash or a power cut loses at most a
 * couple of seconds. One file per article, `<id>.tinbai`, written atomically: an ordinary
 * draft (so photos and history will travel with it once drafts carry them, and it opens as a
 * draft if copied out) plus a `recovery.json` entry saying where the document was saved
 * (or null) and when this copy was taken. One file means the note and the article never disagree.
 */

const NOTE_ENTRY = RECOVERY_NOTE_ENTRY;
const FILE_SUFFIX = `.${TINBAI_EXTENSION}`;

const noteSchema = z.object({
  path: z.string().min(1).max(4096).nullable(),
  savedAt: z.iso.datetime({ offset: true }),
});
type RecoveryNote = z.infer<typeof noteSchema>;

/** Ids come from the page: only a plain name may become a file name in the folder. */
export function checkedRecoveryId(id: string): string {
  if (!ARTICLE_ID.test(id)) throw new AppError('invalid-payload', 'recovery id');
  return id;
}

export interface RecoveryStoreOptions {
  now?: () => Date;
  platform?: NodeJS.Platform;
  /** The masters of the article's photos, so that the copy holds them as a saved draft would. */
  media?: MediaReader;
}

export function createRecoveryStore(dir: string, options: RecoveryStoreOptions = {}): RecoveryStore {
  const now = options.now ?? (() => new Date());
  const platform = options.platform ?? process.platform;
  const fileOf = (id: string) => join(dir, `${checkedRecoveryId(id)}.tinbai`);

  // Calls for one article run in the order they came: a discard after a save must not be
  // overtaken by the autosave that was still being written.
  const queues = new Map<string, Promise<unknown>>();
  function inOrder<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(id) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => {});
    queues.set(id, settled);
    void settled.then(() => {
      if (queues.get(id) === settled) queues.delete(id);
    });
    return next;
  }

  async function readOne(id: string): Promise<{ article: Article; note: RecoveryNote }> {
    const file = fileOf(id);
    const zip = await openZipFile(file);
    let decoded;
    try {
      decoded = await decodeArchive(zip, [NOTE_ENTRY]);
    } finally {
      await zip.close();
    }
    const { article, extras } = decoded;
    if (article.id !== id) throw new AppError('invalid-article', 'recovery file holds another article');
    return { article, note: noteOf(extras.get(NOTE_ENTRY)) ?? { path: null, savedAt: (await stat(file)).mtime.toISOString() } };
  }

  return {
    async write(article, path) {
      const file = fileOf(article.id);
      return inOrder(article.id, async () => {
        const note: RecoveryNote = { path, savedAt: now().toISOString() };
        const bytes = await encodeDraft(article, {
          media: options.media,
          extraEntries: [{ name: NOTE_ENTRY, data: Buffer.from(JSON.stringify(note), 'utf8') }],
        });
        try {
          await mkdir(dir, { recursive: true });
        } catch (error) {
          throw appErrorFromNode(error) ?? error;
        }
        await writeBytes(file, bytes, platform);
        return { savedAt: note.savedAt };
      });
    },

    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if (errorCodeOf(error) === 'ENOENT') return [];
        throw appErrorFromNode(error) ?? error;
      }
      const entries: RecoveryEntry[] = [];
      for (const name of names) {
        const id = name.endsWith(FILE_SUFFIX) ? name.slice(0, -FILE_SUFFIX.length) : '';
        if (!ARTICLE_ID.test(id)) continue; // temp files of a write in progress, or anything else
        try {
          const { article, note } = await readOne(id);
          entries.push({ articleId: id, title: article.meta.title, path: note.path, savedAt: note.savedAt });
        } catch {
          // A damaged or foreign file must not stop the others from being offered.
        }
      }
      return entries.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
    },

    async read(articleId) {
      fileOf(articleId);
      return inOrder(articleId, async () => {
        const { article, note } = await readOne(articleId);
        return { article, path: note.path, media: draftMediaAt(fileOf(articleId), article) };
      });
    },

    async discard(articleId) {
      const file = fileOf(articleId);
      return inOrder(articleId, async () => {
        try {
          await unlink(file);
        } catch (error) {
          if (errorCodeOf(error) === 'ENOENT') return;
          throw appErrorFromNode(error) ?? error;
        }
      });
    },
  };
}

/** The note, or null when it is missing or unreadable: the article is still worth offering. */
function noteOf(data: Buffer | undefined): RecoveryNote | null {
  if (!data) return null;
  try {
    const parsed = noteSchema.safeParse(JSON.parse(data.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
