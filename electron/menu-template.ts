import type { MenuItemConstructorOptions } from 'electron';
import type { EventMethod } from '../shared/ipc/channels';
import type { EventPayload, MenuCommand, RecentFile } from '../shared/ipc/contract';
import type { Locale } from '../shared/i18n/locale';
import type { menuVi } from '../shared/i18n/messages/menu';
import { MAX_RECENT_FILES } from './services/settings-store';

export type SendToPage = <E extends EventMethod>(event: E, payload: EventPayload<E>) => void;

export interface MenuTemplateInput {
  messages: typeof menuVi;
  platform: NodeJS.Platform;
  recentFiles: readonly RecentFile[];
  locale: Locale;
  send: SendToPage;
  /** The user picked a language in Xem ▸ Ngôn ngữ. */
  chooseLocale: (locale: Locale) => void;
  /** Adds reload and developer tools (an unpackaged build only). */
  developer?: boolean;
  appName?: string;
}

/**
 * The native menu as data. Items the page already handles as keyboard shortcuts show their
 * accelerator but do not register it (`registerAccelerator: false`), so one key press runs
 * once, in the page, the same way in the app and in the browser tests.
 */
export function buildMenuTemplate(input: MenuTemplateInput): MenuItemConstructorOptions[] {
  const { messages: m, platform, send } = input;
  const mac = platform === 'darwin';
  const label = (text: string) => (mac ? text : text.replace(/&/g, '&&'));

  const command = (text: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: label(text),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => send('onMenuCommand', { command: cmd }),
  });

  const recent: MenuItemConstructorOptions[] =
    input.recentFiles.length === 0
      ? [{ label: m.noRecent, enabled: false }]
      : input.recentFiles.slice(0, MAX_RECENT_FILES).map((file) => ({
          label: label(recentFileLabel(file)),
          toolTip: file.path,
          click: () => send('onOpenFileRequest', { path: file.path }),
        }));

  const appMenu: MenuItemConstructorOptions = {
    label: input.appName ?? 'Soạn Tin',
    submenu: [
      command(m.about, 'about'),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: m.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: label(m.file),
    submenu: [
      command(m.new, 'new', 'CmdOrCtrl+N'),
      command(m.newFromTemplate, 'newFromTemplate', 'CmdOrCtrl+Shift+N'),
      command(m.open, 'open', 'CmdOrCtrl+O'),
      { label: label(m.openRecent), submenu: recent },
      { type: 'separator' },
      command(m.save, 'save', 'CmdOrCtrl+S'),
      command(m.saveAs, 'saveAs', 'CmdOrCtrl+Shift+S'),
      command(m.saveAsTemplate, 'saveAsTemplate'),
      { type: 'separator' },
      command(m.importFile, 'importFile'),
      command(m.importTemplate, 'importTemplate'),
      { type: 'separator' },
      command(m.print, 'print', 'CmdOrCtrl+P'),
      command(m.exportPdf, 'exportPdf'),
      { type: 'separator' },
      command(m.export, 'exportPackage'),
      command(m.copyPortalHtml, 'copyPortalHtml', 'CmdOrCtrl+Shift+C'),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: label(m.quit) } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: label(m.edit),
    submenu: [
      command(m.undo, 'undo', 'CmdOrCtrl+Z'),
      command(m.redo, 'redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      { type: 'separator' },
      { role: 'cut', label: label(m.cut) },
      { role: 'copy', label: label(m.copy) },
      { role: 'paste', label: label(m.paste) },
      { role: 'selectAll', label: label(m.selectAll) },
      { type: 'separator' },
      command(m.bold, 'bold', 'CmdOrCtrl+B'),
      command(m.italic, 'italic', 'CmdOrCtrl+I'),
      command(m.underline, 'underline', 'CmdOrCtrl+U'),
      command(m.link, 'link', 'CmdOrCtrl+K'),
      { type: 'separator' },
      command(m.insertPhoto, 'insertPhoto', 'CmdOrCtrl+Shift+I'),
    ],
  };

  const languageItem = (locale: Locale, text: string): MenuItemConstructorOptions => ({
    label: label(text),
    type: 'radio',
    checked: input.locale === locale,
    click: () => input.chooseLocale(locale),
  });

  const viewMenu: MenuItemConstructorOptions = {
    label: label(m.view),
    submenu: [
      { label: label(m.language), submenu: [languageItem('vi', m.vietnamese), languageItem('en', m.english)] },
      { type: 'separator' },
      { role: 'resetZoom', label: label(m.resetZoom) },
      { role: 'zoomIn', label: label(m.zoomIn) },
      { role: 'zoomOut', label: label(m.zoomOut) },
      { type: 'separator' },
      { role: 'togglefullscreen', label: label(m.fullscreen) },
      ...(input.developer ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const toolsMenu: MenuItemConstructorOptions = {
    label: label(m.tools),
    submenu: [command(m.convertEncoding, 'convertEncoding'), command(m.toneStyle, 'toneStyle')],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: label(m.help),
    role: 'help',
    submenu: [command(m.about, 'about')],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, toolsMenu, helpMenu];
}

/** A recent draft is shown by its article title, or by its file name when it has none. */
export function recentFileLabel(file: Pick<RecentFile, 'path' | 'title'>): string {
  const title = file.title.trim();
  if (title) return title.length > 60 ? `${title.slice(0, 59)}…` : title;
  return file.path.split(/[\\/]/).pop() || file.path;
}
