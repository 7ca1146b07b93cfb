import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Conf from 'conf';
import { composeApp, type ComposedApp } from '../../../electron/composition';
import { registerIpc } from '../../../electron/ipc/register';
import { mediaHashOfPath } from '../../../electron/media-route';
import { playwrightPdfOptions } from '../../../electron/print/pdf-layout';
import type { WindowPort } from '../../../electron/services/ports';
import type { PathGrants } from '../../../electron/security/path-grants';
import { isTrustedSender } from '../../../electron/security/trusted-sender';
import { settingsStoreOptions } from '../../../electron/services/settings-store';
import { buildSoanTinApi } from '../../../shared/ipc/build-api';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventMethod, type InvokeMethod } from '../../../shared/ipc/channels';
import type { EventPayload } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/errors';

const METHOD_OF_CHANNEL = new Map<string, InvokeMethod>(
  Object.entries(INVOKE_CHANNELS).map(([method, channel]) => [channel, method as InvokeMethod]),
);

export interface BridgeOptions {
  /** The folder of the app's data (recovery drafts, settings). Reuse it to simulate a restart. */
  userDataDir?: string;
  /** The folder the test's documents go to. Reuse it to find them after a restart. */
  workDir?: string;
  /** A draft given on the command line at launch. */
  launchFile?: string;
}

/**
 * `window.soantin` for the browser tests: the preload's own builder, bridged with
 * `exposeBinding` to the handler table the main process registers, backed by the real
 * services on real temp folders. Only the OS dialogs and the window are stand-ins: the
 * test says which path the next dialog returns and reads what the window was told.
 */
export class Bridge {
  readonly userDataDir: string;
  readonly workDir: string;
  readonly calls: { method: InvokeMethod; ok: boolean; code?: string }[] = [];
  readonly openedExternally: string[] = [];
  /** What the main process would have written to its log. */
  readonly logged: string[] = [];
  dirty = false;
  closed = false;
  private openAnswers: (string | null)[] = [];
  private photoAnswers: string[][] = [];
  private importAnswers: (string | null)[] = [];
  private saveAnswers: (string | null)[] = [];
  private exportAnswers: (string | null)[] = [];
  private profileAnswers: (string | null)[] = [];
  private directoryFileAnswers: (string | null)[] = [];
  private directoryExportAnswers: (string | null)[] = [];
  /** What Xuất gói cho cổng… suggested, with the kind asked for. */
  readonly suggestedExports: { name: string; kind: 'folder' | 'zip' }[] = [];
  /** What Sao chép HTML cho cổng put on the clipboard. */
  readonly clipboardWrites: { html: string; text: string }[] = [];
  private pdfAnswers: (string | null)[] = [];
  private templateOpenAnswers: (string | null)[] = [];
  private templateSaveAnswers: (string | null)[] = [];
  /** How many times the page asked the window to print (the system dialog is not shown here). */
  printed = 0;
  readonly suggestedPdfNames: string[] = [];
  readonly suggestedNames: string[] = [];
  private readonly app: ComposedApp;
  /** The paths the page may name, granted as the main process grants them. */
  readonly grants: PathGrants;

  constructor(options: BridgeOptions = {}) {
    this.userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'soantin-data-'));
    this.workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'soantin-docs-'));
    const store = new Conf({ ...settingsStoreOptions, cwd: this.userDataDir, configName: 'settings', projectName: 'soan-tin' });
    // The app's own wiring; only the OS dialogs and the shell are stand-ins.
    this.app = composeApp({
      userDataDir: this.userDataDir,
      store,
      platform: process.platform,
      version: '0.0.0-test',
      log: (message) => this.logged.push(message),
      dialogs: {
        choosePhotos: async () => this.photoAnswers.shift() ?? [],
        chooseFileToImport: async () => this.importAnswers.shift() ?? null,
        chooseDraftToOpen: async () => this.openAnswers.shift() ?? null,
        chooseExportTarget: async (name, kind) => {
          this.suggestedExports.push({ name, kind });
          return this.exportAnswers.shift() ?? null;
        },
        chooseProfileFile: async () => this.profileAnswers.shift() ?? null,
        chooseDirectoryFile: async () => this.directoryFileAnswers.shift() ?? null,
        chooseDirectoryExportPath: async () => this.directoryExportAnswers.shift() ?? null,
        chooseSavePath: async (name) => {
          this.suggestedNames.push(name);
          return this.saveAnswers.shift() ?? null;
        },
        chooseTemplateFile: async () => this.templateOpenAnswers.shift() ?? null,
        chooseTemplateExportPath: async () => this.templateSaveAnswers.shift() ?? null,
        choosePdfPath: async (name) => {
          this.suggestedPdfNames.push(name);
          return this.pdfAnswers.shift() ?? null;
        },
      },
      openExternal: async (url) => {
        this.openedExternally.push(url);
      },
      clipboard: { write: async (data) => void this.clipboardWrites.push(data) },
    });
    this.grants = this.app.grants;
    if (options.launchFile) this.launchWith(options.launchFile);
  }

  /** As the main process does for a draft named on the command line: read it at once. */
  launchWith(path: string): void {
    // Named before the page loads, as main does when no window is open yet.
    this.app.nameDraft(path);
    this.app.launchDraft.rearm();
    this.app.launchDraft.offer(path);
  }

  /** The next Open dialog returns this path (null: the user cancels). */
  answerOpen(path: string | null): void {
    this.openAnswers.push(path);
  }

  /** The next photo dialog returns these files (empty: the user cancels). */
  answerPhotos(paths: string[]): void {
    this.photoAnswers.push(paths);
  }

  /** The next Nhập tệp… dialog returns this file (null: the user cancels). */
  answerImport(path: string | null): void {
    this.importAnswers.push(path);
  }

  /** The next Xuất gói cho cổng… dialog returns this path (null: the user cancels). */
  answerExport(path: string | null): void {
    this.exportAnswers.push(path);
  }

  /** The next Nạp tệp cấu hình… dialog returns this file (null: the user cancels). */
  answerProfile(path: string | null): void {
    this.profileAnswers.push(path);
  }

  /** The next dialog of the directory's Nhập tệp… returns this file (null: the user cancels). */
  answerDirectoryFile(path: string | null): void {
    this.directoryFileAnswers.push(path);
  }

  /** The next dialog of the directory's Xuất tệp… returns this path (null: the user cancels). */
  answerDirectoryExport(path: string | null): void {
    this.directoryExportAnswers.push(path);
  }

  /** The next Save dialog returns this path (null: the user cancels). */
  answerSave(path: string | null): void {
    this.saveAnswers.push(path);
  }

  /** The next Nhập mẫu… dialog returns this file (null: the user cancels). */
  answerTemplateImport(path: string | null): void {
    this.templateOpenAnswers.push(path);
  }

  /** The next Xuất mẫu… dialog returns this path (null: the user cancels). */
  answerTemplateExport(path: string | null): void {
    this.templateSaveAnswers.push(path);
  }

  /** The next Xuất PDF… dialog returns this path (null: the user cancels). */
  answerPdf(path: string | null): void {
    this.pdfAnswers.push(path);
  }

  /**
   * Bridges the page to the handler table through the main process's own registration: a fake
   * ipcMain collects what registerIpc registers, and each call arrives as an IPC event from the
   * page's frame, so the sender checks run as they do in the app (the page is served from
   * loopback, trusted as an unpackaged app trusts its dev server).
   */
  async attach(page: Page, origin: string): Promise<void> {
    const registered = new Map<string, (event: unknown, payload: unknown) => Promise<IpcResult<unknown>>>();
    const sender = { id: 1 };
    const windowPort: WindowPort = {
      setDirty: (dirty: boolean) => {
        this.dirty = dirty;
      },
      close: () => {
        this.closed = true;
      },
      notify: (event, payload) => void this.emit(page, event, payload),
      // Chromium's own PDF of the page, as printToPDF makes it in the app (same paper and footer).
      printer: {
        print: async () => {
          this.printed += 1;
          return 'printed';
        },
        pdf: async () => page.pdf(playwrightPdfOptions()),
      },
    };
    // The app's media route, served on the page's own origin as app:// serves it.
    await page.route(/\/media\/[0-9a-f]{64}\.jpg$/, async (route) => {
      const hash = mediaHashOfPath(new URL(route.request().url()).pathname);
      const bytes = hash ? await this.app.services.photos.preview(hash) : null;
      if (!bytes) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, contentType: 'image/jpeg', body: bytes });
    });
    registerIpc({ handle: (channel, listener) => void registered.set(channel, listener as never) }, this.app.table, {
      isTrusted: (frame) => isTrustedSender(frame, origin),
      windowFor: (from) => (from === (sender as never) ? windowPort : null),
      log: (message) => this.logged.push(message),
    });
    await page.exposeBinding('__soantinInvoke', async (source, channel: string, payload: unknown) => {
      const handler = registered.get(channel);
      if (!handler) return { ok: false, error: { code: 'invalid-payload' } };
      const frame = source.frame;
      // As Electron describes a WebFrameMain: the top frame is its own top and has no parent.
      const senderFrame: { url: string; parent: unknown; top: unknown } = { url: frame.url(), parent: frame.parentFrame(), top: null };
      senderFrame.top = frame.parentFrame() === null ? senderFrame : {};
      const result = await handler({ senderFrame, sender }, payload);
      const method = METHOD_OF_CHANNEL.get(channel)!;
      this.calls.push({ method, ok: result.ok, code: result.ok ? undefined : result.error.code });
      return result;
    });
    await page.addInitScript({
      content: `(() => {
        const listeners = new Map();
        const build = ${buildSoanTinApi.toString()};
        const api = build(${JSON.stringify(INVOKE_CHANNELS)}, ${JSON.stringify(EVENT_CHANNELS)},
          (channel, payload) => window.__soantinInvoke(channel, payload),
          (channel, listener) => {
            if (!listeners.has(channel)) listeners.set(channel, new Set());
            listeners.get(channel).add(listener);
            return () => listeners.get(channel).delete(listener);
          });
        Object.defineProperty(window, 'soantin', { value: api, enumerable: true });
        Object.defineProperty(window, '__soantinEmit', {
          value: (channel, payload) => { for (const l of listeners.get(channel) ?? []) l(payload); },
        });
      })();`,
    });
  }

  /** What the main process would send: a menu command, a file to open, a close request. */
  async emit<E extends EventMethod>(page: Page, event: E, payload: EventPayload<E>): Promise<void> {
    // As main's openRequested(): a draft the OS names is one the page may open and save.
    if (event === 'onOpenFileRequest') this.app.nameDraft((payload as EventPayload<'onOpenFileRequest'>).path);
    await page.evaluate(
      ([channel, data]) => (window as unknown as { __soantinEmit(c: string, p: unknown): void }).__soantinEmit(channel, data),
      [EVENT_CHANNELS[event], payload] as const,
    );
  }

  path(name: string): string {
    return join(this.workDir, name);
  }

  dispose(): void {
    rmSync(this.workDir, { recursive: true, force: true });
  }

  disposeUserData(): void {
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}
