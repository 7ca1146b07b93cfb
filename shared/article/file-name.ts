import { TINBAI_EXTENSION } from './format';

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g;
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The file name offered in the Save dialog: the article's title as the officer wrote it
 * (Vietnamese letters are fine on Windows and macOS), minus what file systems refuse.
 */
export function suggestDraftFileName(title: string, fallback: string): string {
  let name = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  name = name.replace(/[. ]+$/, '');
  if (name.length > 80) name = name.slice(0, 80).replace(/\s+\S*$/, '').trim() || name.slice(0, 80);
  if (!name || RESERVED_WINDOWS.test(name)) name = fallback;
  return `${name}.${TINBAI_EXTENSION}`;
}

/** Adds `.tinbai` when a chosen path has no extension of ours (Linux dialogs do not add it). */
export function withDraftExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${TINBAI_EXTENSION}`) ? path : `${path}.${TINBAI_EXTENSION}`;
}
