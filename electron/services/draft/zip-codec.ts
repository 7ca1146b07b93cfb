import { constants } from 'node:fs';
import { close as closeFd, fstat, open as fsOpen } from 'node:fs';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { AppError } from '../../../shared/ipc/errors';
import { appErrorFromNode } from '../node-errors';
import { isSafeEntryName } from './zip-entry-name';

/**
 * The zip layer of a `.tinbai`: reading an archive from disk entry by entry (a draft with 40
 * photos is never held whole in memory), or from bytes, with every name checked, duplicates and
 * oversized entries refused and CRCs verified; and writing one, its first entry stored.
 */

export const ZIP_LIMITS = {
  /** Largest draft file we open. */
  fileBytes: 2 * 1024 * 1024 * 1024,
  /** Largest entry we inflate into memory (article.json, a photo master). */
  entryBytes: 64 * 1024 * 1024,
  entries: 10_000,
} as const;

export interface ZipArchive {
  /** Entry names in archive order. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The first entry (for the mimetype check): name, stored or not, size. */
  readonly first: { name: string; stored: boolean; size: number } | null;
  /** One entry's bytes, checked against its CRC; at most `limit` bytes inflated. */
  read(name: string, limit?: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** Opens the draft at `path` for reading entry by entry. Nothing is changed whatever the outcome. */
export async function openZipFile(path: string): Promise<ZipArchive> {
  let fd: number | undefined;
  try {
    // Looked at before opening: opening a FIFO would wait for a writer, a device would never end.
    if (!(await stat(path)).isFile()) throw new AppError('not-a-draft', 'not a regular file');
    // Non-blocking where the OS has it, in case the path was swapped for a FIFO meanwhile.
    fd = await openFd(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = await fstatFd(fd);
    if (!stats.isFile()) throw new AppError('not-a-draft', 'not a regular file');
    if (stats.size === 0) throw new AppError('not-a-draft', 'empty file');
    if (stats.size > ZIP_LIMITS.fileBytes) throw new AppError('too-large', `${stats.size} bytes`);
    const opened = fd;
    // yauzl owns the descriptor from here: closing the archive closes it.
    fd = undefined;
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromFd(opened, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (error, zipFile) => {
        if (error) {
          closeFd(opened, () => reject(error));
        } else resolve(zipFile);
      }),
    );
    return await archiveOf(zip);
  } catch (error) {
    if (fd !== undefined) closeFd(fd, () => {});
    throw zipError(fsError(error));
  }
}

const openFd = promisify(fsOpen);
const fstatFd = promisify(fstat);

/** The same, over bytes already in memory (a recovery copy, a test). */
export async function openZipBytes(bytes: Buffer): Promise<ZipArchive> {
  if (bytes.length === 0) throw new AppError('not-a-draft', 'empty file');
  if (bytes.length > ZIP_LIMITS.fileBytes) throw new AppError('too-large', `${bytes.length} bytes`);
  try {
    const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true });
    return await archiveOf(zip);
  } catch (error) {
    throw zipError(error);
  }
}

async function archiveOf(zip: yauzl.ZipFile): Promise<ZipArchive> {
  try {
    if (zip.entryCount > ZIP_LIMITS.entries) throw new AppError('too-large', `${zip.entryCount} entries`);
    const entries = await listEntries(zip);
    const byName = new Map<string, yauzl.Entry>();
    for (const entry of entries) {
      if (!isSafeEntryName(entry.fileName)) throw new AppError('unsafe-entry', entry.fileName);
      if (byName.has(entry.fileName)) throw new AppError('not-a-draft', `duplicate entry ${entry.fileName}`);
      byName.set(entry.fileName, entry);
    }
    const head = entries[0];
    return {
      names: entries.map((entry) => entry.fileName),
      has: (name) => byName.has(name),
      first: head ? { name: head.fileName, stored: head.compressionMethod === 0 && !head.isEncrypted(), size: head.uncompressedSize } : null,
      read: async (name, limit = ZIP_LIMITS.entryBytes) => {
        const entry = byName.get(name);
        if (!entry) throw new AppError('not-a-draft', `no entry ${name}`);
        return readEntry(zip, entry, limit);
      },
      close: () => closeZip(zip),
    };
  } catch (error) {
    zip.close();
    throw zipError(error);
  }
}

/**
 * Closes the archive and, for a file, waits until its descriptor is closed: on Windows a save
 * that replaces the file right after must not find it still open.
 */
function closeZip(zip: yauzl.ZipFile): Promise<void> {
  const reader = (zip as unknown as { reader?: NodeJS.EventEmitter & { fd?: number } }).reader;
  if (!zip.isOpen) return Promise.resolve();
  if (!reader || typeof reader.fd !== 'number') {
    zip.close();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    reader.once('close', () => resolve());
    reader.once('error', () => resolve());
    zip.close();
  });
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<Buffer> {
  if (entry.uncompressedSize > limit) throw new AppError('too-large', `${entry.fileName}: ${entry.uncompressedSize} bytes`);
  let data: Buffer;
  try {
    // validateEntrySizes makes yauzl fail if the inflated data is longer than the header says.
    const stream = await zip.openReadStreamPromise(entry);
    data = await collect(stream, limit);
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

export interface ZipItem {
  name: string;
  data: Buffer;
  /** Deflate (default); photos are already compressed and are stored. */
  compress?: boolean;
}

/**
 * The bytes of an archive: `first` is stored with no extra field, so its content starts at byte
 * 38 as EPUB's mimetype does; every entry carries `mtime`, so the same items give the same bytes.
 */
export function encodeZip(first: ZipItem, rest: readonly ZipItem[], mtime: Date): Promise<Buffer> {
  for (const { name } of [first, ...rest]) {
    if (!isSafeEntryName(name)) throw new AppError('unsafe-entry', name);
  }
  const zip = new yazl.ZipFile();
  zip.addBuffer(first.data, first.name, { compress: false, mtime, forceDosTimestamp: true });
  for (const { name, data, compress = true } of rest) zip.addBuffer(data, name, { compress, mtime });
  zip.end();
  return collect(zip.outputStream as Readable, Number.POSITIVE_INFINITY);
}

export function collect(stream: Readable, limit: number): Promise<Buffer> {
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

function fsError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  return appErrorFromNode(error) ?? error;
}
