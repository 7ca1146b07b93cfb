import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { z } from 'zod';
import { articleSchema, unknownArticleKeys, type Article } from '../../shared/article/article-schema';
import {
  ARTICLE_ENTRY,
  FORMAT_VERSION,
  MIMETYPE_ENTRY,
  RECOVERY_NOTE_ENTRY,
  TINBAI_MIMETYPE,
} from '../../shared/article/format';
import { AppError } from '../../shared/ipc/errors';
import type { DraftFiles } from './ports';
import { writeFileAtomically } from './atomic-write';
import { appErrorFromNode } from './node-errors';
import { isSafeEntryName } from './zip-entry-name';

/**
 * The `.tinbai` file: a zip whose first entry is `mimetype`, stored, holding TINBAI_MIMETYPE
 * (as EPUB and ODF do, so the type shows at byte 38 without unzipping), then `article.json`
 * deflated. This version writes nothing else (but the recovery folder's note), so a file with
 * other entries (media/, history/ from a newer Soạn Tin) is refused as newer-format: opening
 * and saving it here would drop them.
 */

export const DRAFT_LIMITS = {
  /** Largest file we read into memory. */
  fileBytes: 512 * 1024 * 1024,
  /** Largest article.json (or other entry we read) once inflated. */
  entryBytes: 64 * 1024 * 1024,
  entries: 10_000,
} as const;

const MIMETYPE_BYTES = Buffer.from(TINBAI_MIMETYPE, 'ascii');
const RESERVED_ENTRIES = new Set([MIMETYPE_ENTRY, ARTICLE_ENTRY]);
/** Entries this version understands; the note holds nothing of the article, so a copy taken out of the recovery folder opens. */
const KNOWN_ENTRIES = new Set([...RESERVED_ENTRIES, RECOVERY_NOTE_ENTRY]);

export interface DraftEntry {
  name: string;
  data: Buffer;
}

/** The bytes of a draft. Refuses an article that would not open again, so a save never writes one. */
export async function encodeDraft(article: Article, extraEntries: readonly DraftEntry[] = []): Promise<Buffer> {
  const checked = articleSchema.safeParse(article);
  if (!checked.success) throw new AppError('invalid-article', z.prettifyError(checked.error).slice(0, 2000));
  for (const { name } of extraEntries) {
    if (!isSafeEntryName(name) || RESERVED_ENTRIES.has(name)) throw new AppError('unsafe-entry', name);
  }

  const json = Buffer.from(JSON.stringify(article), 'utf8');
  // What we would refuse to read back is not written.
  if (json.length > DRAFT_LIMITS.entryBytes) throw new AppError('too-large', `${ARTICLE_ENTRY}: ${json.length} bytes`);

  // The article's own time, so that saving the same article twice gives the same bytes.
  const mtime = new Date(article.modified.at);
  const zip = new yazl.ZipFile();
  // No extra field on mimetype, so the type string starts at byte 38 like EPUB's.
  zip.addBuffer(MIMETYPE_BYTES, MIMETYPE_ENTRY, { compress: false, mtime, forceDosTimestamp: true });
  zip.addBuffer(json, ARTICLE_ENTRY, { compress: true, mtime });
  for (const { name, data } of extraEntries) zip.addBuffer(data, name, { compress: true, mtime });
  zip.end();
  return collect(zip.outputStream as Readable, Number.POSITIVE_INFINITY);
}

export interface DecodedDraft {
  article: Article;
  /** The extra entries the caller asked for that the file holds. */
  extras: Map<string, Buffer>;
}

/** The article in a draft's bytes, or an AppError that says why the file cannot be opened. */
export async function decodeDraft(bytes: Buffer): Promise<Article> {
  return (await decodeDraftArchive(bytes)).article;
}

export async function decodeDraftArchive(bytes: Buffer, wanted: readonly string[] = []): Promise<DecodedDraft> {
  if (bytes.length === 0) throw new AppError('not-a-draft', 'empty file');
  if (bytes.length > DRAFT_LIMITS.fileBytes) throw new AppError('too-large', `${bytes.length} bytes`);

  let zip: yauzl.ZipFile;
  try {
    // strictFileNames: a backslash is refused, not silently turned into a folder separator.
    zip = await yauzl.fromBufferPromise(bytes, { strictFileNames: true, validateEntrySizes: true });
  } catch (error) {
    throw zipError(error);
  }
  if (zip.entryCount > DRAFT_LIMITS.entries) throw new AppError('too-large', `${zip.entryCount} entries`);

  const entries = await listEntries(zip);
  const byName = new Map<string, yauzl.Entry>();
  for (const entry of entries) {
    if (!isSafeEntryName(entry.fileName)) throw new AppError('unsafe-entry', entry.fileName);
    if (byName.has(entry.fileName)) throw new AppError('not-a-draft', `duplicate entry ${entry.fileName}`);
    byName.set(entry.fileName, entry);
  }

  await checkMimetype(zip, entries[0]);
  const unknown = entries.find((entry) => !KNOWN_ENTRIES.has(entry.fileName) && !wanted.includes(entry.fileName));
  if (unknown) throw new AppError('newer-format', `entry ${unknown.fileName}`);

  const articleEntry = byName.get(ARTICLE_ENTRY);
  if (!articleEntry) throw new AppError('missing-article');
  const article = parseArticle(await readEntry(zip, articleEntry));

  const extras = new Map<string, Buffer>();
  for (const name of wanted) {
    const entry = byName.get(name);
    if (entry && !RESERVED_ENTRIES.has(name)) extras.set(name, await readEntry(zip, entry));
  }
  return { article, extras };
}

/** Decides what the text of article.json holds. Pure, so each refusal is easy to see. */
export function parseArticle(data: Buffer): Article {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new AppError('invalid-article', 'article.json is not UTF-8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid-article', `article.json is not JSON: ${(error as Error).message}`.slice(0, 500));
  }
  // Before the full schema: a newer file must say "update the app", not "damaged".
  const version = typeof json === 'object' && json !== null ? (json as { formatVersion?: unknown }).formatVersion : undefined;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    throw new AppError('newer-format', `formatVersion ${version}`);
  }
  // Same version, keys we do not know: a newer app added them (comments, review…).
  const unknownKeys = version === FORMAT_VERSION ? unknownArticleKeys(json) : [];
  if (unknownKeys.length > 0) throw new AppError('newer-format', `unknown ${unknownKeys.slice(0, 10).join(', ')}`);
  const parsed = articleSchema.safeParse(json);
  if (!parsed.success) throw new AppError('invalid-article', z.prettifyError(parsed.error).slice(0, 2000));
  return parsed.data;
}

async function checkMimetype(zip: yauzl.ZipFile, first: yauzl.Entry | undefined): Promise<void> {
  if (
    !first ||
    first.fileName !== MIMETYPE_ENTRY ||
    first.compressionMethod !== 0 ||
    first.isEncrypted() ||
    first.uncompressedSize !== MIMETYPE_BYTES.length
  ) {
    throw new AppError('not-a-draft', first ? `first entry ${first.fileName} is not the stored Soạn Tin mimetype` : 'no entries');
  }
  const content = await readEntry(zip, first);
  if (!content.equals(MIMETYPE_BYTES)) throw new AppError('not-a-draft', 'wrong mimetype');
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  if (entry.uncompressedSize > DRAFT_LIMITS.entryBytes) {
    throw new AppError('too-large', `${entry.fileName}: ${entry.uncompressedSize} bytes`);
  }
  let data: Buffer;
  try {
    // validateEntrySizes makes yauzl fail if the inflated data is longer than the header says.
    const stream = await zip.openReadStreamPromise(entry);
    data = await collect(stream, DRAFT_LIMITS.entryBytes);
  } catch (error) {
    throw zipError(error);
  }
  // yauzl does not check CRCs; a flipped bit in a stored entry would otherwise pass.
  if (crc32(data) !== entry.crc32) throw new AppError('not-a-draft', `${entry.fileName}: checksum mismatch`);
  return data;
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', (error: unknown) => reject(zipError(error)));
    zip.readEntry();
  });
}

function collect(stream: Readable, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        reject(new AppError('too-large', `entry over ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

/** yauzl and zlib report everything as plain Errors; sort them into what the user is told. */
function zipError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/^(invalid characters in fileName|absolute path|invalid relative path)/.test(message)) {
    return new AppError('unsafe-entry', message.slice(0, 500));
  }
  return new AppError('not-a-draft', message.slice(0, 500));
}

/** Reads a draft from disk. Nothing is changed whatever the outcome. */
export async function readDraft(path: string): Promise<Article> {
  return decodeDraft(await readDraftBytes(path));
}

export async function readDraftBytes(path: string): Promise<Buffer> {
  let handle;
  try {
    // Looked at before opening: opening a FIFO would wait for a writer, a device would never end.
    if (!(await stat(path)).isFile()) throw new AppError('not-a-draft', 'not a regular file');
    // Non-blocking where the OS has it, in case the path was swapped for a FIFO meanwhile.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = await handle.stat();
    if (!stats.isFile()) throw new AppError('not-a-draft', 'not a regular file');
    if (stats.size > DRAFT_LIMITS.fileBytes) throw new AppError('too-large', `${stats.size} bytes`);
    return await handle.readFile();
  } catch (error) {
    throw fsError(error);
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Saves a draft atomically: the old file stays whole until the new one is complete on disk. */
export async function writeDraft(path: string, article: Article, platform: NodeJS.Platform = process.platform): Promise<void> {
  const bytes = await encodeDraft(article);
  await writeBytes(path, bytes, platform);
}

export async function writeBytes(path: string, bytes: Buffer, platform: NodeJS.Platform = process.platform): Promise<void> {
  try {
    await writeFileAtomically(path, bytes, platform);
  } catch (error) {
    throw fsError(error);
  }
}

function fsError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  return appErrorFromNode(error) ?? error;
}

export function createDraftFiles(platform: NodeJS.Platform = process.platform): DraftFiles {
  return {
    read: (path) => readDraft(path),
    write: (path, article) => writeDraft(path, article, platform),
  };
}
