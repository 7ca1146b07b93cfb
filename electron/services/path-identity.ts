import path from 'node:path';

/**
 * The identity of a file path on a platform, for telling whether two spellings name the same
 * file: NTFS and APFS/HFS+ ignore case by default, and macOS names a Vietnamese file decomposed
 * (NFD) or composed depending on the volume.
 */
export function pathIdentity(file: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') return path.win32.normalize(file).toLowerCase();
  if (platform === 'darwin') return path.posix.normalize(file).normalize('NFC').toLowerCase();
  return path.posix.normalize(file);
}
