import { extname } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import type { ImportKind } from '../../../shared/import/import-report';

/**
 * What a file to import is, from its first bytes and its name. The bytes decide where they can:
 * an OLE compound file (D0 CF 11 E0) is an old binary .doc, or a password-protected .docx
 * (Office wraps an encrypted package in one, with an "EncryptedPackage" stream), whatever the
 * name says; a zip is a .docx only under that name.
 */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** UTF-16LE, as stream names are written in a compound file's directory. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function sniffImport(path: string, bytes: Buffer): ImportKind {
  const ext = extname(path).toLowerCase();
  if (bytes.length === 0) throw new AppError('import-empty', path);
  if (startsWith(bytes, OLE)) {
    if (bytes.includes(ENCRYPTED_PACKAGE)) throw new AppError('import-encrypted', path);
    throw new AppError('import-old-word', path);
  }
  if (ext === '.docx') {
    if (!startsWith(bytes, ZIP)) throw new AppError('import-damaged', `${path}: not a zip`);
    return 'docx';
  }
  if (ext === '.doc') throw new AppError('import-old-word', path);
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt') return 'txt';
  throw new AppError('import-unsupported', path);
}
