import path from 'node:path';
import { app, clipboard, ClipboardItem, dialog, ipcMain, protocol, session, shell } from 'electron';
import Store from 'electron-store';
import { EVENT_CHANNELS, type EventMethod } from '../shared/ipc/channels';
import type { EventPayload } from '../shared/ipc/contract';
import { messagesFor } from '../shared/i18n/catalog';
import type { Locale } from '../shared/i18n/locale';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { cliArguments } from './cli/cli-arguments';
import { defaultCliDeps, runCli } from './cli/run-cli';
import { composeApp } from './composition';
import { createDialogs } from './dialogs';
import { registerIpc } from './ipc/register';
import { findDraftInArgv } from './launch-args';
import { installApplicationMenu } from './menu';
import { rendererEntry } from './renderer-entry';
import { APP_SCHEME } from './security/app-origin';
import { hardenWebContents } from './security/harden-contents';
import { denyAllPermissions } from './security/permissions';
import { isTrustedSender } from './security/trusted-sender';
import { settingsStoreOptions } from './services/settings-store';
import { spellCheckLanguages } from './spellcheck';
import { createMainWindow, type MainWindow } from './window';

const PRELOAD = path.join(import.meta.dirname, '../preload/index.cjs');
const RENDERER_ROOT = path.join(import.meta.dirname, '../renderer');
const entry = rendererEntry(app.isPackaged, process.env.ELECTRON_RENDERER_URL);

// The packaged executable is also the `soan-tin` command line: a verb or flag in first place runs
// it before anything of the window exists (no single-instance lock, no window, no menu).
const cliArgs = cliArguments(process.argv, app.isPackaged);
if (cliArgs) {
  const io = { out: (text: string) => void process.stdout.write(text), err: (text: string) => void process.stderr.write(text) };
  void runCli(cliArgs, io, defaultCliDeps(app.getVersion())).then((code) => app.exit(code));
} else {
  startWindowApp();
}

function log(message: string, error?: unknown): void {
  console.error(`[Soạn Tin] ${message}`, error ?? '');
}

function startWindowApp(): void {
  // Must happen before `ready`: the page is served from app://soantin/, a secure standard origin.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  // Every renderer sandboxed, whatever a window's own options say.
  app.enableSandbox();
  if (app.requestSingleInstanceLock()) {
    start();
  } else {
    // Another copy is running: it receives our command line through 'second-instance'.
    app.quit();
  }
}

function start(): void {
  // ── services, grants, launch draft and handler table: one wiring (composition.ts) ───────
  // A damaged or hand-edited settings file falls back to the defaults instead of stopping the app.
  const store = new Store({ ...settingsStoreOptions, name: 'settings' });
  const dialogs = createDialogs(dialog, () => mainWindow?.window ?? null, () => app.getPath('documents'));
  const composed = composeApp({
    userDataDir: app.getPath('userData'),
    store,
    platform: process.platform,
    version: app.getVersion(),
    dialogs,
    openExternal: (url) => shell.openExternal(url),
    // Sao chép HTML cho cổng: text/html and text/plain in one write.
    clipboard: { write: ({ html, text }) => clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]) },
    log,
    onMenuStateChanged: () => refreshMenu(),
  });
  const { launchDraft, table, nameDraft, links } = composed;
  const { recent, settings } = composed.services;

  let mainWindow: MainWindow | null = null;
  let quitRequested = false;
  let quitAfterAsk = false;

  // ── the draft the app was launched with: start reading it now, while the page loads ─────
  const launchFile = findDraftInArgv(process.argv);
  if (launchFile) {
    nameDraft(launchFile);
    launchDraft.offer(launchFile);
  }

  function send<E extends EventMethod>(event: E, payload: EventPayload<E>): void {
    const win = mainWindow?.window;
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNELS[event], payload);
  }

  /** A draft named by the OS or a second launch: handed over at start-up, or sent to the open page. */
  function openRequested(file: string): void {
    nameDraft(file);
    if (!mainWindow) {
      // No page yet (before ready, or macOS with every window closed): the next page takes it.
      launchDraft.rearm();
      launchDraft.offer(file);
      if (app.isReady()) openMainWindow();
      return;
    }
    if (!launchDraft.offer(file)) send('onOpenFileRequest', { path: file });
  }

  function chooseLocale(locale: Locale): void {
    settings.setLocale(locale);
    refreshMenu();
    send('onLocaleChanged', { locale });
  }

  function refreshMenu(): void {
    if (!app.isReady()) return;
    const locale = settings.getLocale();
    installApplicationMenu({
      messages: messagesFor(locale).menu,
      platform: process.platform,
      recentFiles: recent.list(),
      locale,
      send,
      chooseLocale,
      developer: !app.isPackaged,
    });
  }

  function openMainWindow(): void {
    launchDraft.rearm();
    const created = createMainWindow({
      preloadPath: PRELOAD,
      devTools: !app.isPackaged,
      openExternal: (url) => void links.open(url),
      devServerUrl: entry.devServerUrl,
      menuMessages: () => messagesFor(settings.getLocale()).menu,
      onCloseStarted: () => {
        // Thoát / Cmd+Q may wait for the page's answer: quit once the window has closed. Set at
        // every close the user starts, so a quit the user cancelled does not make a later
        // plain close of the window (macOS) quit the app.
        quitAfterAsk = quitRequested;
        quitRequested = false;
      },
    });
    mainWindow = created;
    created.window.on('closed', () => {
      if (mainWindow === created) mainWindow = null;
    });
    created.window.loadURL(entry.url).catch((error: unknown) => log(`could not load ${entry.url}`, error));
  }

  function showMainWindow(): void {
    const win = mainWindow?.window;
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  // ── IPC: one handler table, checked sender, parsed payloads ─────────────────────────────
  registerIpc(ipcMain, table, {
    isTrusted: (frame) => isTrustedSender(frame, entry.devServerUrl),
    windowFor: (sender) => (mainWindow && mainWindow.window.webContents === sender ? mainWindow.port : null),
    log,
  });

  // ── drafts handed to us by the OS ───────────────────────────────────────────────────────
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openRequested(file);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = findDraftInArgv(argv, workingDirectory);
    showMainWindow();
    if (file) openRequested(file);
  });

  // ── every web contents (the editor's, and any other Chromium makes) stays on its page ────
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => void links.open(url), entry.devServerUrl);
  });

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitAfterAsk) app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_ROOT, undefined, composed.services.photos.preview));
      denyAllPermissions(session.defaultSession);
      if (process.platform !== 'darwin') {
        session.defaultSession.setSpellCheckerLanguages(
          spellCheckLanguages(session.defaultSession.availableSpellCheckerLanguages),
        );
      }
      refreshMenu();
      openMainWindow();
    })
    .catch((error: unknown) => {
      log('start-up failed', error);
      app.exit(1);
    });
}
