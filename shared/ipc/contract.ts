import { z } from 'zod';
import { articleSchema, MEDIA_HASH, mediaItemSchema, photoCropSchema } from '../article/article-schema';
import { ARTICLE_ID } from '../article/format';
import { LOCALES } from '../i18n/locale';
import { importReportSchema } from '../import/import-report';
import { SOURCE_ENCODINGS } from '../text/convert/source-encoding';
import { TONE_STYLES } from '../text/convert/tone-styles';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventMethod, type InvokeMethod } from './channels';
import { exportEventContract, exportInvokeContract } from './export-contract';
import { directoryInvokeContract } from './directory-contract';
import { templateInvokeContract } from './template-contract';
import { ERROR_CODES, type IpcResult } from './errors';

const empty = z.object({}).strict();
const filePath = z.string().min(1).max(4096);
const cancelled = z.object({ status: z.literal('cancelled') });
const locale = z.enum(LOCALES);
const articleId = z.string().regex(ARTICLE_ID);
const batchId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** A photo the main process has made a master of; the page shows it as media/<hash>.jpg. */
const importedPhoto = mediaItemSchema;
const photoFailure = z.object({ name: z.string().max(500), code: z.enum(ERROR_CODES) });
/** Photo bytes from a drop or a paste, base64 (≤ 80 MB of photo). */
const photoBytes = z.string().max(Math.ceil((80 * 1024 * 1024 * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const openedDocumentSchema = z.object({ path: filePath, article: articleSchema });
export type OpenedDocument = z.infer<typeof openedDocumentSchema>;

export const recentFileSchema = z.object({
  path: filePath,
  title: z.string().max(500),
  openedAt: z.iso.datetime({ offset: true }),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export const recoveryEntrySchema = z.object({
  articleId,
  title: z.string().max(500),
  path: filePath.nullable(),
  savedAt: z.iso.datetime({ offset: true }),
});
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;

export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'saveAs',
  'undo',
  'redo',
  'bold',
  'italic',
  'underline',
  'link',
  'about',
  'insertPhoto',
  'importFile',
  'newFromTemplate',
  'saveAsTemplate',
  'importTemplate',
  'convertEncoding',
  'toneStyle',
  'exportPackage',
  'copyPortalHtml',
  'print',
  'exportPdf',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Every call the page may make: its channel, what it sends and what it gets back. */
export const invokeContract = {
  getStartup: {
    input: empty,
    output: z.object({
      locale,
      version: z.string(),
      /** The side panel was folded away when the app last ran. */
      panelCollapsed: z.boolean(),
      /** A draft named on the command line (or by the OS), already read while the page loaded. */
      pendingDocument: openedDocumentSchema.nullable(),
      /** A draft named at start-up that could not be opened. */
      pendingError: z.object({ path: filePath, code: z.string() }).nullable(),
      recoveries: z.array(recoveryEntrySchema),
    }),
  },
  openDocument: {
    input: z.object({ path: filePath.optional() }).strict(),
    output: z.union([openedDocumentSchema.extend({ status: z.literal('opened') }), cancelled]),
  },
  saveDocument: {
    input: z.object({ article: articleSchema, path: filePath.nullable(), saveAs: z.boolean() }).strict(),
    output: z.union([z.object({ status: z.literal('saved'), path: filePath }), cancelled]),
  },
  writeRecovery: {
    input: z.object({ article: articleSchema, path: filePath.nullable() }).strict(),
    output: z.object({ savedAt: z.iso.datetime({ offset: true }) }),
  },
  readRecovery: {
    input: z.object({ articleId }).strict(),
    output: z.object({ article: articleSchema, path: filePath.nullable() }),
  },
  discardRecovery: {
    input: z.object({ articleId }).strict(),
    output: empty,
  },
  setDirty: {
    input: z.object({ dirty: z.boolean() }).strict(),
    output: empty,
  },
  closeWindow: {
    input: empty,
    output: empty,
  },
  setLocale: {
    input: z.object({ locale }).strict(),
    output: empty,
  },
  openExternal: {
    input: z.object({ url: z.string().max(8192) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
  setPanelCollapsed: {
    input: z.object({ collapsed: z.boolean() }).strict(),
    output: empty,
  },
  /** Chèn ảnh…: the main process asks which photos, imports them side by side, reports each (onPhotoProgress). */
  importPhotos: {
    input: z.object({ batchId }).strict(),
    output: z.union([
      z.object({ status: z.literal('done'), imported: z.array(importedPhoto), failed: z.array(photoFailure), cancelled: z.number().int().min(0) }),
      cancelled,
    ]),
  },
  /** A photo dropped on or pasted into the body. */
  importPhotoBytes: {
    input: z.object({ name: z.string().min(1).max(500), data: photoBytes }).strict(),
    output: z.object({ photo: importedPhoto }),
  },
  /**
   * A picture of a paste from Word, named by Word's file:// URL: the main process reads it only
   * from Word's clipboard folder (electron/services/photos/word-clipboard.ts) and imports it.
   */
  importWordPicture: {
    input: z.object({ url: z.string().min(8).max(4000) }).strict(),
    output: z.object({ photo: importedPhoto }),
  },
  /** Công cụ ▸ Kiểu bỏ dấu: the office's tone-mark style (a setting; 'old' unless changed). */
  getToneStyle: {
    input: empty,
    output: z.object({ toneStyle: z.enum(TONE_STYLES) }),
  },
  setToneStyle: {
    input: z.object({ toneStyle: z.enum(TONE_STYLES) }).strict(),
    output: empty,
  },
  /** Tệp ▸ Nhập tệp…: a .docx, .html/.htm or .txt chosen in the main process's dialog, read into a new draft. */
  importFile: {
    /** `path`: read again a file this window imported (a .txt in another encoding); else the dialog asks. */
    input: z.object({ encoding: z.enum(SOURCE_ENCODINGS).optional(), path: filePath.optional() }).strict(),
    output: z.union([z.object({ status: z.literal('imported'), path: filePath, article: articleSchema, report: importReportSchema }), cancelled]),
  },
  cancelPhotoImport: {
    input: z.object({ batchId }).strict(),
    output: empty,
  },
  /**
   * The first guess of the main photo's thumbnail frame (Ảnh tab): sharp's attention crop of a
   * photo the media library holds, for the thumbnail of the portal profile the export uses, and
   * that thumbnail's size (its aspect is the frame's).
   */
  guessPhotoCrop: {
    input: z.object({ hash: z.string().regex(MEDIA_HASH) }).strict(),
    output: z.object({
      crop: photoCropSchema,
      thumbnail: z.object({ width: z.number().int().min(1).max(4096), height: z.number().int().min(1).max(4096) }),
    }),
  },
  /** Tệp ▸ In…: the system's print dialog for the article as the print stylesheet lays it out. */
  printArticle: {
    input: empty,
    output: z.union([z.object({ status: z.literal('printed') }), cancelled]),
  },
  /** Tệp ▸ Xuất PDF…: the article as an A4 PDF, to a path chosen in a Save dialog (the title suggests its name). */
  exportPdf: {
    input: z.object({ title: z.string().max(500) }).strict(),
    output: z.union([z.object({ status: z.literal('exported'), path: filePath }), cancelled]),
  },
  ...exportInvokeContract,
  ...directoryInvokeContract,
  ...templateInvokeContract,
} satisfies Record<InvokeMethod, { input: z.ZodType; output: z.ZodType }>;

/** Every notification the main process may send, with its payload. */
export const eventContract = {
  onMenuCommand: z.object({ command: z.enum(MENU_COMMANDS) }),
  onCloseRequested: empty,
  onOpenFileRequest: z.object({ path: filePath }),
  onLocaleChanged: z.object({ locale }),
  /** One photo of a batch ended: the page shows its figure (or its failure) at once. */
  onPhotoProgress: z.object({
    batchId,
    done: z.number().int().min(0),
    total: z.number().int().min(0),
    photo: importedPhoto.nullable(),
    failure: photoFailure.nullable(),
  }),
  ...exportEventContract,
} satisfies Record<EventMethod, z.ZodType>;

export type InvokeInput<M extends InvokeMethod> = z.input<(typeof invokeContract)[M]['input']>;
export type InvokeOutput<M extends InvokeMethod> = z.output<(typeof invokeContract)[M]['output']>;
export type EventPayload<E extends EventMethod> = z.output<(typeof eventContract)[E]>;

/** What `window.soantin` is: one named function per call, one subscription per event. */
export type SoanTinApi = {
  [M in InvokeMethod]: (input: InvokeInput<M>) => Promise<IpcResult<InvokeOutput<M>>>;
} & {
  [E in EventMethod]: (listener: (payload: EventPayload<E>) => void) => () => void;
};

export { EVENT_CHANNELS, INVOKE_CHANNELS };
export type { EventMethod, InvokeMethod };
