import { AppError } from '../../../shared/ipc/errors';
import { photoError } from './photo-errors';
import type { PhotoFormat } from './sniff-format';

/**
 * What a sharp/libvips failure means to the user. By the time sharp sees a file its
 * signature has been checked, so a failure is almost always damaged data; the few messages
 * that mean something else are told apart here. The message goes into the detail, for logs.
 */
export function photoFailure(error: unknown, format: PhotoFormat): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.slice(0, 300);
  if (/exceeds pixel limit/i.test(message)) return photoError('photo-too-many-pixels', detail);
  if (/Input file is missing/i.test(message)) return new AppError('file-not-found', detail);
  // The prebuilt libvips reads HEIF's AVIF flavour but has no HEVC decoder; whatever the
  // reason a HEIC fails, the way out for the user is the same: save it as JPEG.
  if (format === 'heic') return photoError('photo-heic-unsupported', detail);
  if (/is empty/i.test(message)) return photoError('photo-empty', detail);
  if (/unsupported image format/i.test(message)) return photoError('photo-not-an-image', detail);
  return photoError('photo-damaged', detail);
}
