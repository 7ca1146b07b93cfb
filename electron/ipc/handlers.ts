import { suggestDraftFileName, withDraftExtension } from '../../shared/article/file-name';
import type { InvokeInput, InvokeMethod, InvokeOutput } from '../../shared/ipc/contract';
import { messagesFor } from '../../shared/i18n/catalog';
import type {
  AppInfo,
  Dialogs,
  DraftFiles,
  ExternalLinks,
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
  recovery: RecoveryStore;
  recent: RecentFiles;
  settings: Settings;
  dialogs: Dialogs;
  links: ExternalLinks;
  app: AppInfo;
  /** Told after anything the menu shows has changed (recent files, language). */
  onMenuStateChanged?: () => void;
}

export type HandlerTable = {
  [M in InvokeMethod]: (input: InvokeInput<M>, ctx: CallContext) => Promise<InvokeOutput<M>>;
};

/** The one table of what each channel does. Main registers it; the browser tests bridge to it. */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const { drafts, recovery, recent, settings, dialogs, links, app } = deps;
  const menuChanged = () => deps.onMenuStateChanged?.();

  return {
    async getStartup() {
      const pending = await app.takePendingOpen();
      return {
        locale: settings.getLocale(),
        platform: app.platform,
        version: app.version,
        pendingDocument: pending && 'document' in pending ? pending.document : null,
        pendingError: pending && 'errorCode' in pending ? { path: pending.path, code: pending.errorCode } : null,
        recoveries: await recovery.list(),
      };
    },

    async openDocument({ path }) {
      const chosen = path ?? (await dialogs.chooseDraftToOpen(settings.getLocale()));
      if (!chosen) return { status: 'cancelled' as const };
      const article = await drafts.read(chosen);
      recent.add(chosen, article.meta.title);
      menuChanged();
      return { status: 'opened' as const, path: chosen, article };
    },

    async saveDocument({ article, path, saveAs }) {
      let target = path;
      if (saveAs || !target) {
        const locale = settings.getLocale();
        const name = suggestDraftFileName(article.meta.title, messagesFor(locale).menu.untitled);
        const chosen = await dialogs.chooseSavePath(name, locale);
        if (!chosen) return { status: 'cancelled' as const };
        target = withDraftExtension(chosen);
      }
      await drafts.write(target, article);
      await recovery.discard(article.id);
      recent.add(target, article.meta.title);
      menuChanged();
      return { status: 'saved' as const, path: target };
    },

    async writeRecovery({ article, path }) {
      return recovery.write(article, path);
    },

    async readRecovery({ articleId }) {
      return recovery.read(articleId);
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
      menuChanged();
      return {};
    },

    async openExternal({ url }) {
      return { opened: await links.open(url) };
    },
  };
}
