import { readFile } from 'node:fs/promises';
import { ExportError } from '../../../shared/export/export-error';
import { parsePortalProfile, type PortalProfile } from '../../../shared/export/portal-profile';
import { AppError } from '../../../shared/ipc/errors';
import { appErrorFromNode } from '../node-errors';

/** A profile file is a few hundred bytes; anything far larger is not one. */
const MAX_PROFILE_BYTES = 256 * 1024;

/**
 * A portal profile from its JSON file (`--profile`, and "Nạp cấu hình…" in the window): the file
 * read, parsed and checked key by key. A missing or unreadable file is an AppError (as for any
 * file); bad JSON or a bad value is ExportError 'invalid-profile' with each problem said.
 */
export async function readPortalProfileFile(path: string): Promise<PortalProfile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw appErrorFromNode(error) ?? new AppError('io-error', path);
  }
  if (bytes.length > MAX_PROFILE_BYTES) throw new ExportError('invalid-profile', { detail: `${path}: more than ${MAX_PROFILE_BYTES} bytes` });
  return portalProfileFromText(bytes.toString('utf8'), path);
}

/** The profile a JSON text describes; `where` names it in the problems. */
export function portalProfileFromText(text: string, where: string): PortalProfile {
  let json: unknown;
  try {
    // A file saved by Notepad starts with a byte-order mark.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ExportError('invalid-profile', { detail: `${where}: not JSON (${error instanceof Error ? error.message : String(error)})` });
  }
  const parsed = parsePortalProfile(json);
  if (!parsed.ok) throw new ExportError('invalid-profile', { detail: `${where}: ${parsed.problems.join('; ')}` });
  return parsed.profile;
}
