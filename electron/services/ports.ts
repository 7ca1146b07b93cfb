import type { Article, MediaItem } from '../../shared/article/article-schema';
import type { CropFractions } from '../../shared/article/photo-crop';
import type { AppErrorCode } from '../../shared/ipc/errors';
import type { EventMethod, EventPayload, OpenedDocument, RecentFile, RecoveryEntry } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/i18n/locale';
import type { ImportReport } from '../../shared/import/import-report';
import type { SourceEncoding } from '../../shared/text/convert/source-encoding';
import type { ToneStyle } from '../../shared/text/legacy/tone-style';
import type { PortalProfile } from '../../shared/export/portal-profile';

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
  /** Whether a master is at hand (the media route serves only these). */
  has(hash: string): Promise<boolean>;
}

/** Photos as the window meets them: imported into masters and previews, and shown by hash. */
export interface Photos {
  /** Imports camera files side by side; each photo is stored before it is reported. */
  importFiles(
    paths: readonly string[],
    options: { signal: AbortSignal; onEach: (outcome: { photo: MediaItem } | { failure: { name: string; code: AppErrorCode } }, done: number, total: number) => void },
  ): Promise<{ imported: MediaItem[]; failed: { name: string; code: AppErrorCode }[]; cancelled: number }>;
  importBytes(bytes: Buffer, name: string): Promise<MediaItem>;
  /** A picture of a paste from Word, by its file:// URL, read only from Word's clipboard folder. */
  importWordPicture(url: string): Promise<MediaItem>;
  /**
   * sharp's attention crop of a photo the library holds, for a thumbnail of this size, in
   * fractions of the photo as shown; 'photo-missing' for any other hash.
   */
  attentionCrop(hash: string, thumbnail: { width: number; height: number }): Promise<CropFractions>;
  /** The editor's preview of a photo the library holds, or null for any other hash. */
  preview(hash: string): Promise<Buffer | null>;
}

/** Tệp ▸ Nhập tệp… and `soan-tin import`: a .docx, .html/.htm or .txt read into a new draft. */
export interface FileImporter {
  importFile(path: string, options: { encoding: SourceEncoding }): Promise<{ article: Article; report: ImportReport }>;
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
  getToneStyle(): ToneStyle;
  setToneStyle(style: ToneStyle): void;
  getPanelCollapsed(): boolean;
  setPanelCollapsed(collapsed: boolean): void;
}

export interface Dialogs {
  /** The draft the user picked, or null when they cancelled. */
  chooseDraftToOpen(locale: Locale): Promise<string | null>;
  /** Where to save, or null when they cancelled. */
  chooseSavePath(suggestedName: string, locale: Locale): Promise<string | null>;
  /** The photos to insert (several at once), or an empty list when they cancelled. */
  choosePhotos(locale: Locale): Promise<string[]>;
  /** A .docx, .html/.htm or .txt to import (Tệp ▸ Nhập tệp…), or null when they cancelled. */
  chooseFileToImport?(locale: Locale): Promise<string | null>;
  /**
   * Where Tệp ▸ Xuất gói cho cổng… writes the package: a new folder, or a file ending in .zip;
   * null when they cancelled. Absent where no dialog can be shown (the export is then cancelled).
   */
  chooseExportTarget?(suggestedName: string, kind: 'folder' | 'zip', locale: Locale): Promise<string | null>;
  /** A portal profile (.json) to load into the settings, or null when they cancelled. */
  chooseProfileFile?(locale: Locale): Promise<string | null>;
  /** Where to write the article as a PDF (Tệp ▸ Xuất PDF…), ending in .pdf, or null when they cancelled. */
  choosePdfPath?(suggestedName: string, locale: Locale): Promise<string | null>;
  /** A leader directory to import (.xlsx, .csv or .json), or null when they cancelled. */
  chooseDirectoryFile?(locale: Locale): Promise<string | null>;
  /**
   * Where to export the leader directory, or null when they cancelled. The dialog offers Excel,
   * CSV and JSON; the name's extension says which is written (.xlsx is added to a name without one).
   */
  chooseDirectoryExportPath?(suggestedName: string, locale: Locale): Promise<string | null>;
  /** A template file (.json) to import (Nhập mẫu…), or null when they cancelled. */
  chooseTemplateFile?(locale: Locale): Promise<string | null>;
  /** Where to export an own template (Xuất mẫu…), ending in .json, or null when they cancelled. */
  chooseTemplateExportPath?(suggestedName: string, locale: Locale): Promise<string | null>;
}

/** The system clipboard (Tệp ▸ Sao chép HTML cho cổng): both flavours at once, so a paste takes the richer one. */
export interface ClipboardPort {
  write(data: { html: string; text: string }): Promise<void>;
}

/** The portal profile the window exports with: the reference portal's unless a file was loaded. */
export interface PortalProfileSetting {
  get(): PortalProfile;
  /** Whether the profile came from a file (false: the defaults). */
  isCustom(): boolean;
  set(profile: PortalProfile): void;
  reset(): void;
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
  /** Tells the page something while its call is still running (a photo of a batch is ready). */
  notify<E extends EventMethod>(event: E, payload: EventPayload<E>): void;
  /** Closes the window without asking again: the page already asked. */
  close(): void;
  /** The window's page on paper or in a PDF (absent where a window cannot print). */
  printer?: PagePrinter;
}

/**
 * What printing needs of the window's page, laid out by its print stylesheet. Behind a port so
 * that the handlers run without Electron (main wires webContents, the browser tests Playwright).
 */
export interface PagePrinter {
  /** The system's print dialog; 'cancelled' when the officer closed it without printing. */
  print(): Promise<'printed' | 'cancelled'>;
  /** The page as an A4 PDF with page numbers in its footer and fonts embedded. */
  pdf(): Promise<Buffer>;
}

/** Where the main process writes what went wrong behind the user's back. */
export type Log = (message: string, error?: unknown) => void;
