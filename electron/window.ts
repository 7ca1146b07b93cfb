import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { EVENT_CHANNELS } from '../shared/ipc/channels';
import type { menuVi } from '../shared/i18n/messages/menu';
import { decideClose } from './close-decision';
import { attachContextMenu } from './context-menu';
import { createPagePrinter } from './print/page-printer';
import type { WindowPort } from './services/ports';
import { hardenWebContents } from './security/harden-contents';

/** `devTools`: an unpackaged build only; a packaged one cannot open the developer tools at all. */
export function mainWindowOptions(preloadPath: string, devTools: boolean): BrowserWindowConstructorOptions {
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
      devTools,
    },
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  /** Whether the developer tools may open (never in a packaged app). */
  devTools: boolean;
  /** Opens a web link in the user's browser (already checked to be http/https). */
  openExternal: (url: string) => void;
  /**
   * A close the page has not confirmed begins (close button, Ctrl+W, Quit), before we decide
   * whether to ask the page. The page's own confirmed close does not count: it ends this one.
   */
  onCloseStarted?: () => void;
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
  const win = new BrowserWindow(mainWindowOptions(options.preloadPath, options.devTools));
  hardenWebContents(win.webContents, options.openExternal, options.devServerUrl ?? null);
  attachContextMenu(win, options.menuMessages);
  win.once('ready-to-show', () => win.show());

  const state = { dirty: false, forced: false, unresponsive: false };
  // A hung page cannot answer the close question; the window must still close.
  win.webContents.on('unresponsive', () => {
    state.unresponsive = true;
  });
  win.webContents.on('responsive', () => {
    state.unresponsive = false;
  });

  win.on('close', (event) => {
    if (!state.forced) options.onCloseStarted?.();
    // A page that crashed or hangs cannot answer; its recovery copy is on disk, so let the window go.
    const pageCanAnswer = !win.webContents.isDestroyed() && !win.webContents.isCrashed() && !state.unresponsive;
    if (!pageCanAnswer || decideClose(state) === 'close') return;
    event.preventDefault();
    win.webContents.send(EVENT_CHANNELS.onCloseRequested, {});
  });

  const port: WindowPort = {
    notify(event, payload) {
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNELS[event], payload);
    },
    setDirty(dirty) {
      state.dirty = dirty;
      if (process.platform === 'darwin' && !win.isDestroyed()) win.setDocumentEdited(dirty);
    },
    close() {
      if (win.isDestroyed()) return;
      state.forced = true;
      win.close();
    },
    printer: createPagePrinter(win.webContents),
  };

  return { window: win, port };
}
