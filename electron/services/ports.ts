import type { Article } from '../../shared/article/article-schema';
import type { OpenedDocument, RecentFile, RecoveryEntry } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/i18n/locale';

/**
 * What the handler table works through. The services implement these; main wires Electron's
 * dialogs and windows; tests wire temp folders. Kept apart from the IPC layer so that a
 * service never imports it.
 */
export interface DraftFiles {
  /** The article and a handle to its photos, which stay in the file until they are needed. */
  open(path: string): Promise<{ article: Article; media: DraftMedia }>;
  read(path: string): Promise<Article>;
  /** Writes the article with the master of every photo it lists. */
  write(path: string, article: Article): Promise<void>;
}

/** The photos of one draft on disk, read from the file on demand. */
export interface DraftMedia {
  readonly hashes: readonly string[];
  read(hash: string): Promise<Buffer>;
}

/** Every photo master the open drafts hold or the officer imported, by hash. */
export interface MediaLibrary {
  /** The photos of a draft just opened become readable by hash. */
  adopt(media: DraftMedia): void;
  /** A new master, kept in the app's data folder until a save puts it in a draft. */
  put(hash: string, master: Buffer): Promise<void>;
  read(hash: string): Promise<Buffer>;
}

export interface RecoveryStore {
  write(article: Article, path: string | null): Promise<{ savedAt: string }>;
  list(): Promise<RecoveryEntry[]>;
  read(articleId: string): Promise<{ article: Article; path: string | null; media: DraftMedia }>;
  discard(articleId: string): Promise<void>;
}

export interface RecentFiles {
  list(): RecentFile[];
  add(path: string, title: string): void;
}

export interface Settings {
  getLocale(): Locale;
  setLocale(locale: Locale): void;
}

export interface Dialogs {
  /** The draft the user picked, or null when they cancelled. */
  chooseDraftToOpen(locale: Locale): Promise<string | null>;
  /** Where to save, or null when they cancelled. */
  chooseSavePath(suggestedName: string, locale: Locale): Promise<string | null>;
}

export interface ExternalLinks {
  /** Opens the URL in the user's browser when it is safe to; says whether it did. */
  open(url: string): Promise<boolean>;
}

export type PendingOpen =
  | { path: string; document: OpenedDocument }
  | { path: string; errorCode: string }
  | null;

export interface AppInfo {
  version: string;
  /** The draft given at launch (command line or OS), read while the page was loading. */
  takePendingOpen(): Promise<PendingOpen>;
}

/** The window a call came from. */
export interface WindowPort {
  setDirty(dirty: boolean): void;
  /** Closes the window without asking again: the page already asked. */
  close(): void;
}

/** Where the main process writes what went wrong behind the user's back. */
export type Log = (message: string, error?: unknown) => void;
