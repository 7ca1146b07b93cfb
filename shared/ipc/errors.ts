/**
 * Every failure a call across the bridge can report. The renderer turns a code into a
 * sentence from the catalog (Vietnamese first, English second); the detail is for logs.
 */
export const ERROR_CODES = [
  'untrusted-sender',
  'invalid-payload',
  'not-a-draft',
  'missing-article',
  'invalid-article',
  'newer-format',
  'unsafe-entry',
  'too-large',
  'file-not-found',
  'folder-not-found',
  'name-not-allowed',
  'permission-denied',
  'disk-full',
  'io-error',
  'path-not-allowed',
  // Photos.
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
  /** A figure's photo is neither in the draft nor in the data folder. */
  'photo-missing',
  // Importing a Word, HTML or text file (electron/services/import/import-errors.ts).
  'import-unsupported',
  'import-old-word',
  'import-damaged',
  'import-encrypted',
  'import-too-large',
  'import-empty',
  // Printing and PDF (electron/print/).
  'print-failed',
  'internal',
] as const;

export type AppErrorCode = (typeof ERROR_CODES)[number];

/** A failure as it crosses the bridge. (No schema here: the page imports this file, and it
 * should not pull a validation library into the renderer bundle for one type.) */
export interface AppErrorPayload {
  code: AppErrorCode;
  detail?: string;
}

/** An error we expect and can explain to the user. Anything else is reported as `internal`. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly detail?: string;
  constructor(code: AppErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
  }
  toPayload(): AppErrorPayload {
    return this.detail === undefined ? { code: this.code } : { code: this.code, detail: this.detail };
  }
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };
