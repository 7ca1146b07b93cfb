import { AppError } from '../../../shared/ipc/errors';

/**
 * What a photo can be refused for, each with its own sentence in the message catalog (the
 * renderer maps a code to Vietnamese and English). Besides these, reading a camera file can
 * fail with the file-system codes every service uses (file-not-found, permission-denied, io-error).
 */
export const PHOTO_ERROR_CODES = [
  /** The file has no bytes at all (a copy that never finished, a placeholder of a cloud folder). */
  'photo-empty',
  /** The bytes are not an image whatever the name says (a text or Word file renamed .jpg). */
  'photo-not-an-image',
  /** An image of a kind we do not take as a photo (GIF, SVG, BMP, PSD…). */
  'photo-unsupported-format',
  /** A camera's raw file (NEF, CR2, ARW…): it needs the camera's software to become a photo. */
  'photo-camera-raw',
  /** HEIC/HEIF from a phone, which this build cannot decode: save it as JPEG. */
  'photo-heic-unsupported',
  /** An animation (animated GIF, WebP or AVIF), not a still photo. */
  'photo-animated',
  /** The image data is cut short or broken. */
  'photo-damaged',
  /** More pixels than any camera makes (a decompression bomb, a giant scan). */
  'photo-too-many-pixels',
  /** A file larger than any photo we take. */
  'photo-file-too-large',
] as const;

export type PhotoErrorCode = (typeof PHOTO_ERROR_CODES)[number];

/** An AppError carrying a photo code (each has its sentence in the message catalog). */
export function photoError(code: PhotoErrorCode, detail?: string): AppError {
  return new AppError(code, detail);
}

export function isPhotoErrorCode(code: string): code is PhotoErrorCode {
  return (PHOTO_ERROR_CODES as readonly string[]).includes(code);
}
