import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { EVENT_CHANNELS } from '../shared/ipc/channels';
import type { menuVi } from '../shared/i18n/messages/menu';
import { decideClose } from './close-decision';
import { attachContextMenu } from './context-menu';
import type { WindowPort } from './services/ports';
import { hardenWebContents } from './security/harden-contents';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Soạn Tin',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  /** Opens a web link in the user's browser (already checked to be http/https). */
  openExternal: (url: string) => void;
  /** The page was asked to confirm closing (the close, or the quit, waits for the user). */
  onCloseAsked?: () => void;
  /** The dev server of an unpackaged run, whose own reloads are let through; null when packaged. */
  devServerUrl?: string | null;
  /** Labels for the right-click menu, in the language chosen now. */
  menuMessages: () => typeof menuVi;
}

export interface MainWindow {
  window: BrowserWindow;
  /** What the page's calls act on: the dirty mark and the close it confirmed. */
  port: WindowPort;
}

/** The editor window: sandboxed, locked to its own page, and careful not to close over unsaved work. */
export function createMainWindow(options: MainWindowOptions): MainWindow {
  const win = new BrowserWindow(mainWindowOptions(options.preloadPath));
  hardenWebContents(win.webContents, options.openExternal, options.devServerUrl ?? null);
  attachContextMenu(win, options.menuMessages);
  win.once('ready-to-show', () => win.show());

  const state = { dirty: false, forced: false };

  win.on('close', (event) => {
    // A page that crashed cannot answer; its recovery copy is on disk, so let the window go.
    const pageCanAnswer = !win.webContents.isDestroyed() && !win.webContents.isCrashed();
    if (!pageCanAnswer || decideClose(state) === 'close') return;
    event.preventDefault();
    options.onCloseAsked?.();
    win.webContents.send(EVENT_CHANNELS.onCloseRequested, {});
  });

  const port: WindowPort = {
    setDirty(dirty) {
      state.dirty = dirty;
      if (process.platform === 'darwin' && !win.isDestroyed()) win.setDocumentEdited(dirty);
    },
    close() {
      if (win.isDestroyed()) return;
      state.forced = true;
      win.close();
    },
  };

  return { window: win, port };
}
