import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Conf from 'conf';
import { createHandlers, type HandlerDeps } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createLaunchDraft, type LaunchDraft } from '../../../electron/launch-draft';
import { createPathGrants, type PathGrants } from '../../../electron/security/path-grants';
import { createAppServices } from '../../../electron/services/app-services';
import { settingsStoreOptions } from '../../../electron/services/settings-store';
import { isSafeExternalUrl } from '../../../electron/security/external-url';
import { buildSoanTinApi } from '../../../shared/ipc/build-api';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventMethod, type InvokeMethod } from '../../../shared/ipc/channels';
import type { EventPayload } from '../../../shared/ipc/contract';

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
  private saveAnswers: (string | null)[] = [];
  readonly suggestedNames: string[] = [];
  private readonly deps: HandlerDeps;
  private readonly launchDraft: LaunchDraft;
  /** The paths the page may name, granted as the main process grants them. */
  readonly grants: PathGrants;

  constructor(options: BridgeOptions = {}) {
    this.userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'soantin-data-'));
    this.workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'soantin-docs-'));
    const store = new Conf({ ...settingsStoreOptions, cwd: this.userDataDir, configName: 'settings', projectName: 'soan-tin' });
    const services = createAppServices(this.userDataDir, store);
    this.grants = createPathGrants(process.platform, () => services.recent.list().map((file) => file.path));
    // The launch draft is read and recorded as the main process does it.
    this.launchDraft = createLaunchDraft(
      (path) => services.drafts.read(path),
      (path, article) => services.recent.add(path, article.meta.title),
      (message) => this.logged.push(message),
    );
    if (options.launchFile) this.launchWith(options.launchFile);
    this.deps = {
      ...services,
      grants: this.grants,
      log: (message) => this.logged.push(message),
      dialogs: {
        chooseDraftToOpen: async () => this.openAnswers.shift() ?? null,
        chooseSavePath: async (name) => {
          this.suggestedNames.push(name);
          return this.saveAnswers.shift() ?? null;
        },
      },
      links: {
        open: async (url) => {
          if (!isSafeExternalUrl(url)) return false;
          this.openedExternally.push(url);
          return true;
        },
      },
      app: {
        platform: 'linux',
        version: '0.0.0-test',
        takePendingOpen: () => this.launchDraft.take(),
      },
    };
  }

  /** As the main process does for a draft named on the command line: read it at once. */
  launchWith(path: string): void {
    // Named before the page loads, as main does when no window is open yet.
    this.grants.grant(path);
    this.launchDraft.rearm();
    this.launchDraft.offer(path);
  }

  /** The next Open dialog returns this path (null: the user cancels). */
  answerOpen(path: string | null): void {
    this.openAnswers.push(path);
  }

  /** The next Save dialog returns this path (null: the user cancels). */
  answerSave(path: string | null): void {
    this.saveAnswers.push(path);
  }

  async attach(page: Page): Promise<void> {
    const table = createHandlers(this.deps);
    const windowPort = {
      setDirty: (dirty: boolean) => {
        this.dirty = dirty;
      },
      close: () => {
        this.closed = true;
      },
    };
    await page.exposeBinding('__soantinInvoke', async (_source, channel: string, payload: unknown) => {
      const method = METHOD_OF_CHANNEL.get(channel);
      if (!method) return { ok: false, error: { code: 'invalid-payload' } };
      const result = await dispatch(table, method, payload, { window: windowPort });
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
    // As main's send(): a draft the page is asked to open is one it may open and save.
    if (event === 'onOpenFileRequest') this.grants.grant((payload as EventPayload<'onOpenFileRequest'>).path);
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
