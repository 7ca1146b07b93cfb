import { AppError } from '../../shared/ipc/errors';

/** The AppError code a call is refused with; fails the test if it succeeds or throws anything else. */
export async function refusalCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}
