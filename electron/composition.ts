import path from 'node:path';
import { createAppInfo } from './app-info';
import { createExternalLinks } from './external-links';
import { createHandlers, type HandlerTable } from './ipc/handlers';
import { createLaunchDraft, type LaunchDraft } from './launch-draft';
import { createPathGrants, type PathGrants } from './security/path-grants';
import { createDraftFiles } from './services/draft/draft-files';
import { createImporter } from './services/import';
import { createMediaLibrary } from './services/media-library';
import { createPhotos } from './services/photos-service';
import type { ClipboardPort, Dialogs, ExternalLinks, Log } from './services/ports';
import { createPortalProfileSetting } from './services/export/portal-profile-setting';
import { createDirectoryStore } from './services/directory/directory-store';
import { createOwnTemplateStore } from './services/templates/own-template-store';
import { ownTemplatesFolder } from './user-data-path';
import { createRecentFiles } from './services/recent-files';
import { createRecoveryStore } from './services/recovery-store';
import { createSettings, type KeyValueStore } from './services/settings-store';

/**
 * The one wiring of the app: the service graph on the data folder, the path grants, the launch
 * draft and the handler table, built from a few adapters. The main process gives it Electron's
 * dialogs and shell; the browser tests give it stand-ins; the command line uses its services.
 * So a handler that is wrong in the app is wrong in the tests too.
 */
export interface AppAdapters {
  userDataDir: string;
  store: KeyValueStore;
  platform: NodeJS.Platform;
  version: string;
  dialogs: Dialogs;
  /** Hands a checked link to the OS (the browser, the mail program). */
  openExternal: (url: string) => Promise<void>;
  log: Log;
  /** Told after anything the menu shows has changed (recent files, language). */
  onMenuStateChanged?: () => void;
  /** The system clipboard (Sao chép HTML cho cổng). */
  clipboard?: ClipboardPort;
}

export function createAppServices(userDataDir: string, store: KeyValueStore, platform: NodeJS.Platform = process.platform) {
  const media = createMediaLibrary(path.join(userDataDir, 'media'), platform);
  const photos = createPhotos(media, path.join(userDataDir, 'previews'));
  return {
    media,
    photos,
    // Nhập tệp…: a document's photos go through the photo pipeline like any other.
    importer: createImporter({ keepPhoto: (bytes, name) => photos.importBytes(bytes, name) }),
    drafts: createDraftFiles(media.read, platform),
    recovery: createRecoveryStore(path.join(userDataDir, 'recovery'), { platform, media: media.read }),
    recent: createRecentFiles(store),
    settings: createSettings(store),
    // The leader directory the templates and the mention check use.
    directory: createDirectoryStore(path.join(userDataDir, 'directory.json'), platform),
    // The office's own templates, <userData>/templates/<id>.json (the command line reads the same folder).
    templates: createOwnTemplateStore(ownTemplatesFolder(userDataDir, platform), platform),
    // The portal export's profile (Tệp ▸ Xuất gói cho cổng…).
    portalProfile: createPortalProfileSetting(store),
  };
}

export type AppServices = ReturnType<typeof createAppServices>;

export interface ComposedApp {
  services: AppServices;
  grants: PathGrants;
  /** Links leave the app through here only (the page's calls, the window's own link clicks). */
  links: ExternalLinks;
  launchDraft: LaunchDraft;
  table: HandlerTable;
  /**
   * A draft the main process names to the page without a dialog (the launch argument, the OS's
   * open-file, a second launch): the one place outside the handlers where a path is granted.
   * Recent files need no grant here: the grants read the recent list.
   */
  nameDraft(file: string): void;
}

export function composeApp(adapters: AppAdapters): ComposedApp {
  const { log } = adapters;
  const services = createAppServices(adapters.userDataDir, adapters.store, adapters.platform);
  const { drafts, recent, media } = services;
  const grants = createPathGrants(adapters.platform, () => recent.list().map((file) => file.path));
  const launchDraft = createLaunchDraft(
    async (file) => {
      const opened = await drafts.open(file);
      media.adopt(opened.media);
      return opened.article;
    },
    (file, article) => {
      recent.add(file, article.meta.title);
      adapters.onMenuStateChanged?.();
    },
    log,
  );
  const links = createExternalLinks(adapters.openExternal);
  const table = createHandlers({
    ...services,
    dialogs: adapters.dialogs,
    links,
    app: createAppInfo(adapters.version, launchDraft),
    grants,
    onMenuStateChanged: adapters.onMenuStateChanged,
    log,
    clipboard: adapters.clipboard,
  });
  return { services, grants, links, launchDraft, table, nameDraft: (file) => grants.grant(file) };
}
