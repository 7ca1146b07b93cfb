import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { appErrorFromNode } from '../node-errors';
import { photoError } from './photo-errors';
import { PHOTO_LIMITS } from './photo-limits';
import { SNIFF_BYTES } from './sniff-format';

/** A photo as the user gave it: a file on disk (menu, toolbar, drop, command line) or bytes (paste). */
export type PhotoInput = { path: string } | { bytes: Uint8Array; name: string };

/** What the pipeline needs to know about a source before decoding it. */
export interface PhotoSource {
  /** The name the user knows it by, NFC (macOS hands out decomposed file names). */
  name: string;
  size: number;
  /** Its first bytes, for the format check. */
  head: Uint8Array;
  /** What sharp reads: the path itself (libvips streams the file; we never hold a 20 MB camera
   * file in JavaScript memory) or the pasted bytes. */
  sharpInput: string | Buffer;
}

/**
 * Looks at a source without changing it: the file is opened read-only, only its first bytes
 * are read, and it is closed before anything else happens.
 */
export async function readPhotoSource(input: PhotoInput, maxBytes: number = PHOTO_LIMITS.sourceBytes): Promise<PhotoSource> {
  if ('bytes' in input) {
    const bytes = Buffer.isBuffer(input.bytes) ? input.bytes : Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    checkSize(bytes.length, maxBytes);
    return { name: input.name.normalize('NFC'), size: bytes.length, head: bytes.subarray(0, SNIFF_BYTES), sharpInput: bytes };
  }
  const name = basename(input.path).normalize('NFC');
  let handle;
  try {
    handle = await open(input.path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw photoError('photo-not-an-image', 'a folder');
    checkSize(info.size, maxBytes);
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, info.size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return { name, size: info.size, head: head.subarray(0, bytesRead), sharpInput: input.path };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw appErrorFromNode(error) ?? error;
  } finally {
    await handle?.close().catch(() => {});
  }
}

function checkSize(size: number, maxBytes: number): void {
  if (size === 0) throw photoError('photo-empty');
  if (size > maxBytes) throw photoError('photo-file-too-large', `${size} bytes`);
}
