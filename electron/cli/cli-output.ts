import { messagesFor } from '../../shared/i18n/catalog';
import { AppError } from '../../shared/ipc/errors';

/** Where the command line writes; the tests give strings, the executable gives the process's streams. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Exit statuses: 0 done, 2 bad input (a missing or unreadable file, a wrong argument). */
export const EXIT = { ok: 0, badInput: 2 } as const;

/** A refusal the user can act on, said in one line: Vietnamese, then English. */
export class CliRefusal extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** The one line for an error: the catalog's first sentence of what happened, never a stack trace. */
export function refusalLine(error: unknown): string {
  if (error instanceof CliRefusal) return `soan-tin: ${error.vi} · ${error.en}`;
  const code = error instanceof AppError ? error.code : 'internal';
  const firstSentence = (text: string) => text.split(/(?<=\.)\s/)[0];
  return `soan-tin: ${firstSentence(messagesFor('vi').errors[code])} · ${firstSentence(messagesFor('en').errors[code])}`;
}
