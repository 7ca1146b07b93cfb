import type { ExportCheck } from './export-checks';
import { checkMessage, exportMessages, type ExportErrorCode } from './export-messages';
import type { VerifyProblem } from './verify-html';

/** Why an export did not happen, with what the user needs to act on it. */
export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    readonly details: { checks?: readonly ExportCheck[]; problems?: readonly VerifyProblem[]; detail?: string } = {},
  ) {
    super(`${code}${details.detail ? `: ${details.detail}` : ''}`);
    this.name = 'ExportError';
  }
}

/**
 * The error as the command line prints it: one line in Vietnamese, then English, then each
 * blocking problem or unsafe construct on a line of its own.
 */
export function describeExportError(error: ExportError): string[] {
  const lines = [exportMessages.vi.errors[error.code], exportMessages.en.errors[error.code]];
  if (error.details.detail) lines.push(error.details.detail);
  for (const check of error.details.checks ?? []) {
    if (check.severity === 'error') lines.push(`- ${checkMessage(check, 'vi')} / ${checkMessage(check, 'en')}`);
  }
  for (const p of error.details.problems ?? []) lines.push(`- ${p.where}: ${p.kind} ${p.detail}`);
  return lines;
}
