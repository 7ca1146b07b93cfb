import { AppError } from '../../../shared/ipc/errors';
import { IMPORT_LIMITS } from './import-limits';
import { unpackZip, type ZipLimits } from './unpack-zip';

/** The parts of a .docx, unpacked by the import's guard (unpackZip); a zip without a document part is not a .docx. */
export async function unpackDocx(bytes: Buffer, limits: ZipLimits = IMPORT_LIMITS): Promise<Map<string, Buffer>> {
  const parts = await unpackZip(bytes, limits);
  if (!parts.has('word/document.xml')) throw new AppError('import-damaged', 'no word/document.xml');
  return parts;
}
