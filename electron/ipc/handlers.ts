import { suggestDraftFileName, withDraftExtension } from '../../shared/article/file-name';
import type { InvokeInput, InvokeMethod, InvokeOutput } from '../../shared/ipc/contract';
import { messagesFor } from '../../shared/i18n/catalog';
import { AppError } from '../../shared/ipc/errors';
import { DEFAULT_PORTAL_PROFILE } from '../../shared/export/portal-profile';
import { suggestPdfFileName, withPdfExtension, writePagePdf } from '../print/pdf-file';
import { grantedPath, type PathGrants } from '../security/path-grants';
import { createExportHandlers } from './export-handlers';
import { createDirectoryHandlers } from './directory-handlers';
import { createTemplateHandlers } from './template-handlers';
import type { OwnTemplateStore } from '../services/templates/own-template-store';
import type { DirectoryStore } from '../services/directory/directory-store';
import type {
  AppInfo,
  ClipboardPort,
  Dialogs,
  DraftFiles,
  ExternalLinks,
  FileImporter,
  Log,
  MediaLibrary,
  Photos,
  PortalProfileSetting,
  RecentFiles,
  RecoveryStore,
  Settings,
  WindowPort,
} from '../services/ports';

/** Per-call: the window that asked. */
export interface CallContext {
  window: WindowPort;
}

export interface HandlerDeps {
  drafts: DraftFiles;
  /** Where a save finds the photos: those of every draft opened, and those imported since. */
  media: MediaLibrary;
  photos: Photos;
  /** Tệp ▸ Nhập tệp…; without it the item reports the file as not importable. */
  importer?: FileImporter;
  recovery: RecoveryStore;
  recent: RecentFiles;
  settings: Settings;
  dialogs: Dialogs;
  links: ExternalLinks;
  app: AppInfo;
  /** The paths the page may name; dialog answers and every draft opened or saved are added. */
  grants: PathGrants;
  /** Told after anything the menu shows has changed (recent files, language). */
  onMenuStateChanged?: () => void;
  /** Where a step that must not fail the call (a recent-files entry, a recovery clean-up) reports. */
  log: Log;
  /** The leader directory in the data folder (its dialog, the Mẫu tab); an empty one kept in memory without it. */
  directory?: DirectoryStore;
  /** The office's own templates in the data folder (Lưu làm mẫu…, Mẫu của tôi); none without it. */
  templates?: OwnTemplateStore;
  /** The portal profile the export uses; the reference portal's defaults without it. */
  portalProfile?: PortalProfileSetting;
  /** Tệp ▸ Sao chép HTML cho cổng writes here. */
  clipboard?: ClipboardPort;
}

export type HandlerTable = {
  [M in InvokeMethod]: (input: InvokeInput<M>, ctx: CallContext) => Promise<InvokeOutput<M>>;
};

/** The one table of what each channel does. Main registers it; the browser tests bridge to it. */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const { drafts, media, photos, recovery, recent, settings, dialogs, links, app, grants, log } = deps;
  /** Files chosen in Nhập tệp…: the page may ask for one again (another encoding), never write it. */
  const importedFiles = new Set<string>();
  /** Batches in flight, by the id the page gave: Hủy cancels what has not started. */
  const batches = new Map<string, AbortController>();

  /** Steps after the work is done: the user is told it worked, whatever these meet. */
  async function bestEffort(what: string, step: () => unknown): Promise<void> {
    try {
      await step();
    } catch (error) {
      log(`${what} failed`, error);
    }
  }

  /** A draft was opened or saved at `path`: it goes to the top of the recent list and menu. */
  async function remember(path: string, title: string): Promise<void> {
    grants.grant(path);
    await bestEffort('recent files', () => recent.add(path, title));
    await bestEffort('menu', () => deps.onMenuStateChanged?.());
  }

  return {
    // Tệp ▸ Xuất gói cho cổng…, Sao chép HTML cho cổng and the portal profile (export-handlers.ts).
    ...createExportHandlers(deps),
    // The leader directory (directory-handlers.ts).
    ...createDirectoryHandlers(deps),
    // The office's own templates (template-handlers.ts).
    ...createTemplateHandlers(deps),

    async getStartup() {
      const pending = await app.takePendingOpen();
      return {
        locale: settings.getLocale(),
        version: app.version,
        panelCollapsed: settings.getPanelCollapsed(),
        pendingDocument: pending && 'document' in pending ? pending.document : null,
        pendingError: pending && 'errorCode' in pending ? { path: pending.path, code: pending.errorCode } : null,
        recoveries: await recovery.list().catch((error: unknown) => {
          // The launch draft and the window matter more than the recovery offer.
          log('listing recovery drafts failed', error);
          return [];
        }),
      };
    },

    async openDocument({ path }) {
      let chosen: string;
      if (path !== undefined) {
        chosen = grantedPath(grants, path);
      } else {
        const answer = await dialogs.chooseDraftToOpen(settings.getLocale());
        if (!answer) return { status: 'cancelled' as const };
        grants.grant(answer);
        chosen = answer;
      }
      const { article, media: photos } = await drafts.open(chosen);
      media.adopt(photos);
      await remember(chosen, article.meta.title);
      return { status: 'opened' as const, path: chosen, article };
    },

    async saveDocument({ article, path, saveAs }) {
      let target: string;
      if (path && !saveAs) {
        target = grantedPath(grants, path);
      } else {
        const locale = settings.getLocale();
        const name = suggestDraftFileName(article.meta.title, messagesFor(locale).menu.untitled);
        const chosen = await dialogs.chooseSavePath(name, locale);
        if (!chosen) return { status: 'cancelled' as const };
        // The dialogs adapter already added the extension (and asked about overwriting); idempotent here.
        target = withDraftExtension(chosen);
        grants.grant(target);
      }
      await drafts.write(target, article);
      // The draft is safe on disk: a stale recovery copy at worst is offered once more.
      await bestEffort('discarding the recovery copy', () => recovery.discard(article.id));
      await remember(target, article.meta.title);
      return { status: 'saved' as const, path: target };
    },

    async writeRecovery({ article, path }) {
      // The copy remembers where to save it later without asking: only a path handed out may go there.
      return recovery.write(article, path === null ? null : grantedPath(grants, path));
    },

    async readRecovery({ articleId }) {
      const { article, path, media: photos } = await recovery.read(articleId);
      media.adopt(photos);
      if (path !== null) grants.grant(path);
      return { article, path };
    },

    async discardRecovery({ articleId }) {
      await recovery.discard(articleId);
      return {};
    },

    async setDirty({ dirty }, ctx) {
      ctx.window.setDirty(dirty);
      return {};
    },

    async closeWindow(_input, ctx) {
      ctx.window.close();
      return {};
    },

    async setLocale({ locale }) {
      settings.setLocale(locale);
      await bestEffort('menu', () => deps.onMenuStateChanged?.());
      return {};
    },

    async openExternal({ url }) {
      return { opened: await links.open(url) };
    },

    async setPanelCollapsed({ collapsed }) {
      settings.setPanelCollapsed(collapsed);
      return {};
    },

    async importPhotos({ batchId }, ctx) {
      const files = await dialogs.choosePhotos(settings.getLocale());
      if (files.length === 0) return { status: 'cancelled' as const };
      const controller = new AbortController();
      batches.set(batchId, controller);
      try {
        const result = await photos.importFiles(files, {
          signal: controller.signal,
          onEach: (outcome, done, total) =>
            ctx.window.notify('onPhotoProgress', {
              batchId,
              done,
              total,
              photo: 'photo' in outcome ? outcome.photo : null,
              failure: 'failure' in outcome ? outcome.failure : null,
            }),
        });
        return { status: 'done' as const, ...result };
      } finally {
        batches.delete(batchId);
      }
    },

    async importPhotoBytes({ name, data }) {
      return { photo: await photos.importBytes(Buffer.from(data, 'base64'), name) };
    },

    async importWordPicture({ url }) {
      return { photo: await photos.importWordPicture(url) };
    },

    async guessPhotoCrop({ hash }) {
      const { thumbnail } = deps.portalProfile?.get() ?? DEFAULT_PORTAL_PROFILE;
      return { crop: await photos.attentionCrop(hash, thumbnail), thumbnail };
    },

    async getToneStyle() {
      return { toneStyle: settings.getToneStyle() };
    },

    async setToneStyle({ toneStyle }) {
      settings.setToneStyle(toneStyle);
      return {};
    },

    async importFile({ encoding, path }) {
      let chosen: string | null;
      if (path !== undefined) {
        // Only a file the officer chose to import, and only to read it again: not a save grant.
        if (!importedFiles.has(path)) throw new AppError('path-not-allowed', 'not an imported file');
        chosen = path;
      } else {
        chosen = (await dialogs.chooseFileToImport?.(settings.getLocale())) ?? null;
        if (!chosen) return { status: 'cancelled' as const };
        importedFiles.add(chosen);
      }
      if (!deps.importer) throw new AppError('import-unsupported', 'no importer');
      // A new draft, never a path of its own: the imported file is not where it will be saved.
      const { article, report } = await deps.importer.importFile(chosen, { encoding: encoding ?? 'auto' });
      return { status: 'imported' as const, path: chosen, article, report };
    },

    async cancelPhotoImport({ batchId }) {
      batches.get(batchId)?.abort();
      return {};
    },

    async printArticle(_input, ctx) {
      if (!ctx.window.printer) throw new AppError('print-failed', 'this window cannot print');
      try {
        return { status: await ctx.window.printer.print() };
      } catch (error) {
        throw new AppError('print-failed', error instanceof Error ? error.message : String(error));
      }
    },

    async exportPdf({ title }, ctx) {
      const printer = ctx.window.printer;
      if (!printer || !dialogs.choosePdfPath) throw new AppError('print-failed', 'this window cannot make a PDF');
      const locale = settings.getLocale();
      const chosen = await dialogs.choosePdfPath(suggestPdfFileName(title, messagesFor(locale).menu.untitled), locale);
      if (!chosen) return { status: 'cancelled' as const };
      // A file the officer named in the dialog; the page never names one.
      const target = withPdfExtension(chosen);
      await writePagePdf(printer, target);
      return { status: 'exported' as const, path: target };
    },
  };
}
