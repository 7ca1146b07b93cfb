import { basename } from 'node:path';
import { DEFAULT_PORTAL_PROFILE, type PortalProfile } from '../../shared/export/portal-profile';
import { checkMessage } from '../../shared/export/export-messages';
import type { ExportCheck } from '../../shared/export/export-checks';
import { messagesFor } from '../../shared/i18n/catalog';
import { exportCliEn, exportCliVi } from '../../shared/i18n/messages/export-cli';
import { AppError } from '../../shared/ipc/errors';
import { readPortalProfileFile } from '../services/export/profile-file';
import { CliRefusal } from './cli-output';

/**
 * The `--profile` file's profile, or the default one (the reference portal's page). A file that
 * cannot be read is named in the refusal, so it is not taken for the draft.
 */
export async function profileFromArgument(path: string | null): Promise<PortalProfile> {
  if (path === null) return DEFAULT_PORTAL_PROFILE;
  try {
    return await readPortalProfileFile(path);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const reason = (locale: 'vi' | 'en') => messagesFor(locale).errors[error.code].split(/(?<=\.)\s/)[0];
    throw new CliRefusal(`${basename(path)}: ${reason('vi')}`, `${basename(path)}: ${reason('en')}`);
  }
}

/** The warnings an export went ahead with, one line each for standard error. */
export function warningLines(checks: readonly ExportCheck[]): string {
  return checks
    .filter((c) => c.severity === 'warning')
    .map((c) => `soan-tin: ${exportCliVi.warning}: ${checkMessage(c, 'vi')} · ${exportCliEn.warning}: ${checkMessage(c, 'en')}\n`)
    .join('');
}
