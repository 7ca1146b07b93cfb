import { ARTICLE_ENTRY, MIMETYPE_ENTRY, RECOVERY_NOTE_ENTRY } from '../../../shared/article/format';

/**
 * What an entry of a `.tinbai` is for, by its name: the archive is read by role, not by a fixed
 * list of names. `media` entries are photo masters named by the SHA-256 of their bytes.
 * `history` (earlier versions) is a role a newer Soạn Tin writes: this version does not read it,
 * so a draft holding one is refused rather than opened and saved without it.
 */
export type EntryRole = 'mimetype' | 'article' | 'recovery-note' | 'media' | 'history' | 'unknown';

const MEDIA_ENTRY = /^media\/([0-9a-f]{64})\.jpg$/;
const HISTORY_ENTRY = /^history\/\d{1,6}\.json$/;

export function entryRole(name: string): EntryRole {
  if (name === MIMETYPE_ENTRY) return 'mimetype';
  if (name === ARTICLE_ENTRY) return 'article';
  if (name === RECOVERY_NOTE_ENTRY) return 'recovery-note';
  if (MEDIA_ENTRY.test(name)) return 'media';
  if (HISTORY_ENTRY.test(name)) return 'history';
  return 'unknown';
}

export function mediaEntryName(hash: string): string {
  return `media/${hash}.jpg`;
}

/** The photo hash a media entry holds, or null. */
export function mediaHashOf(name: string): string | null {
  return MEDIA_ENTRY.exec(name)?.[1] ?? null;
}
