import { AppError, ERROR_CODES, type AppErrorCode, type IpcResult } from '../../shared/ipc/errors';
import type { InvokeInput, InvokeMethod, InvokeOutput, SoanTinApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or the test bridge): the page's only way to the main process. */
    readonly soantin: SoanTinApi;
  }
}

/** The bridge to the main process. */
export function soantin(): SoanTinApi {
  return window.soantin;
}

function isCode(code: unknown): code is AppErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Calls the main process and gives back the value or an AppError, never a rejection:
 * a failed transport or a malformed answer reads as 'internal'.
 */
export function call<M extends InvokeMethod>(method: M, input: InvokeInput<M>): Promise<InvokeOutput<M> | AppError> {
  try {
    const invoke = soantin()[method] as (input: InvokeInput<M>) => Promise<IpcResult<InvokeOutput<M>>>;
    return settle(invoke(input), method);
  } catch (err) {
    return Promise.resolve(new AppError('internal', err instanceof Error ? err.message : String(err)));
  }
}

/** Unwraps an answer already asked for (see startup-request.ts) into value-or-AppError. */
export async function settle<T>(answer: Promise<IpcResult<T>>, method: string): Promise<T | AppError> {
  try {
    const result = (await answer) as { ok?: unknown; value?: unknown; error?: { code?: unknown; detail?: unknown } } | null;
    if (result && result.ok === true) return result.value as T;
    if (result && result.ok === false) {
      const code = result.error?.code;
      const detail = typeof result.error?.detail === 'string' ? result.error.detail : undefined;
      return new AppError(isCode(code) ? code : 'internal', detail);
    }
    return new AppError('internal', `malformed answer from ${method}`);
  } catch (err) {
    return new AppError('internal', err instanceof Error ? err.message : String(err));
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
