import { z } from 'zod';

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
  'permission-denied',
  'disk-full',
  'io-error',
  'internal',
] as const;

export type AppErrorCode = (typeof ERROR_CODES)[number];

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  detail: z.string().optional(),
});

export type AppErrorPayload = z.infer<typeof appErrorSchema>;

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
