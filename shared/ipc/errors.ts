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
  // Photos (electron/services/photos/photo-errors.ts says when each is raised).
  'photo-empty',
  'photo-not-an-image',
  'photo-unsupported-format',
  'photo-camera-raw',
  'photo-heic-unsupported',
  'photo-animated',
  'photo-damaged',
  'photo-too-many-pixels',
  'photo-file-too-large',
  'photo-missing',
  // Importing a Word, HTML or text file (electron/services/import/import-errors.ts).
  'import-unsupported',
  'import-old-word',
  'import-damaged',
  'import-encrypted',
  'import-too-large',
  'import-empty',
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
