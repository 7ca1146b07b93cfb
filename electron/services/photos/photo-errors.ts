import { AppError, ERROR_CODES, type AppErrorCode } from '../../../shared/ipc/errors';

/**
 * What reading a photo can be refused for: the catalog's photo codes (shared/ipc/errors.ts says
 * what each means; each has its sentence in Vietnamese and English). Besides these, reading a
 * camera file can fail with the file-system codes every service uses (file-not-found,
 * permission-denied, io-error). `photo-missing` is the media library's, not the importer's.
 */
export type PhotoErrorCode = Exclude<Extract<AppErrorCode, `photo-${string}`>, 'photo-missing'>;

export const PHOTO_ERROR_CODES = ERROR_CODES.filter(
  (code): code is PhotoErrorCode => code.startsWith('photo-') && code !== 'photo-missing',
) as readonly PhotoErrorCode[];

/** An AppError carrying a photo code. */
export function photoError(code: PhotoErrorCode, detail?: string): AppError {
  return new AppError(code, detail);
}

export function isPhotoErrorCode(code: string): code is PhotoErrorCode {
  return (PHOTO_ERROR_CODES as readonly string[]).includes(code);
}
