import { suggestDraftFileName } from '../article/file-name';

export interface TitleInput {
  path: string | null;
  title: string;
  dirty: boolean;
}

/** The last segment of a path, whichever separator the platform uses. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/**
 * The window title, as Word shows it: the file's name (or the name Save would offer),
 * the app's name, and a leading "● " while there is unsaved work.
 */
export function windowTitle(doc: TitleInput, untitled: string, appName: string): string {
  return `${doc.dirty ? '● ' : ''}${documentName(doc, untitled)} — ${appName}`;
}

/** The document as the officer knows it: its file's name, or the name Save would offer. */
export function documentName(doc: Pick<TitleInput, 'path' | 'title'>, untitled: string): string {
  return doc.path ? baseName(doc.path) : suggestDraftFileName(doc.title, untitled);
}
