import { resolve } from 'node:path';
import { exportPackage } from '../../services/export/export-package';
import type { DraftFiles } from '../../services/ports';
import { exportArguments } from '../export-arguments';
import { profileFromArgument, warningLines } from '../export-profile';
import { refusingExportErrors } from '../export-refusal';

/** `--out x.zip` (any case) is an archive; any other name a folder. */
export function targetKind(out: string): 'folder' | 'zip' {
  return /\.zip$/i.test(out) ? 'zip' : 'folder';
}

/**
 * `soan-tin export DRAFT.tinbai --out DIR|FILE.zip [--profile PROFILE.json] [--force]`: the
 * window's export package (exportPackage, the photos read from the draft), written all at once
 * or not at all, never over an existing folder or file without --force. Prints what was written
 * as JSON; the warnings go to standard error.
 */
export async function exportVerb(args: readonly string[], drafts: Pick<DraftFiles, 'open'>, warn: (text: string) => void): Promise<string> {
  const { draft, out, profile: profilePath, force } = exportArguments('export', args);
  const { article, media } = await drafts.open(draft);
  return refusingExportErrors(async () => {
    const profile = await profileFromArgument(profilePath);
    const target = { kind: targetKind(out!), path: resolve(out!) };
    const result = await exportPackage({ article, media: (hash) => media.read(hash), profile, target, overwrite: force });
    const warnings = warningLines(result.warnings);
    if (warnings) warn(warnings);
    return JSON.stringify({ out: result.path, kind: target.kind, slug: result.slug, files: result.files }, null, 2);
  });
}
