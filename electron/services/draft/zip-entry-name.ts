/**
 * Whether a zip entry name stays inside the archive when extracted anywhere. Checked on every
 * entry we read or write, whatever yauzl itself already checks.
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 1024) return false;
  if (name.includes('\\') || name.includes('\0')) return false;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return false;
  return !name.split('/').some((part) => part === '..');
}
