import yauzl from 'yauzl';
import { AppError } from '../../../shared/ipc/errors';
import { IMPORT_LIMITS } from './import-limits';

/** The sizes an unpacking may reach (IMPORT_LIMITS for a .docx; a directory's workbook has its own). */
export interface ZipLimits {
  readonly maxUnpackedBytes: number;
  readonly maxEntryBytes: number;
  /** An entry that unpacks to more than this many times its packed size, past 1 MB, is a bomb. */
  readonly maxRatio: number;
  readonly maxEntries: number;
}

/**
 * The entries of an Office file (a .docx, an .xlsx), unpacked with limits before any XML is
 * read: a zip bomb (an entry or a whole that unpacks to far more than it should, too many
 * entries) or a damaged zip is refused here, so the library that reads the file only ever sees
 * an archive whose sizes have been checked by unpacking it. yauzl checks each entry's real size
 * against the one declared as it streams.
 */
export async function unpackZip(bytes: Buffer, limits: ZipLimits = IMPORT_LIMITS): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, z) => (err || !z ? reject(err) : resolve(z))),
  ).catch((error: unknown) => {
    throw new AppError('import-damaged', `not a readable zip: ${String(error)}`);
  });
  const parts = new Map<string, Buffer>();
  let total = 0;
  let count = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        count += 1;
        if (count > limits.maxEntries) return reject(new AppError('import-too-large', 'too many entries'));
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        const declared = entry.uncompressedSize;
        if (declared > limits.maxEntryBytes || total + declared > limits.maxUnpackedBytes) {
          return reject(new AppError('import-too-large', `${entry.fileName}: ${declared} bytes`));
        }
        if (declared > 1024 * 1024 && declared / Math.max(1, entry.compressedSize) > limits.maxRatio) {
          return reject(new AppError('import-too-large', `${entry.fileName}: ratio`));
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(new AppError('import-damaged', `${entry.fileName}: ${String(err)}`));
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > declared || total + size > limits.maxUnpackedBytes) {
              stream.destroy(new AppError('import-too-large', entry.fileName));
              return;
            }
            chunks.push(chunk);
          });
          stream.on('error', (e) => reject(e instanceof AppError ? e : new AppError('import-damaged', `${entry.fileName}: ${String(e)}`)));
          stream.on('end', () => {
            total += size;
            parts.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return parts;
}
