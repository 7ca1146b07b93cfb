import { portalHtml } from '../../../shared/export/portal-fragment';
import type { DraftFiles } from '../../services/ports';
import { exportArguments } from '../export-arguments';
import { profileFromArgument, warningLines } from '../export-profile';
import { refusingExportErrors } from '../export-refusal';

/**
 * `soan-tin html DRAFT.tinbai [--profile PROFILE.json]`: the fragment for the portal's body field
 * on standard output, from the same serializer and checks as the window's export; the warnings
 * on standard error. Refused (exit 2, the blocking problems listed) as the export would be.
 */
export async function htmlVerb(args: readonly string[], drafts: Pick<DraftFiles, 'open'>, warn: (text: string) => void): Promise<string> {
  const { draft, profile: profilePath } = exportArguments('html', args);
  const { article, media } = await drafts.open(draft);
  return refusingExportErrors(async () => {
    const profile = await profileFromArgument(profilePath);
    const { html, checks } = portalHtml(article, profile, { hasMedia: (hash) => media.hashes.includes(hash) });
    const warnings = warningLines(checks);
    if (warnings) warn(warnings);
    return `${html}\n`;
  });
}
