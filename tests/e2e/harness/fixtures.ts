import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { Bridge } from './bridge';
import { serveRenderer, type StaticServer } from './static-server';

const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer');
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screens');

export const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

export interface AppSession {
  /** The window's page; a new one after `restart`. */
  readonly page: Page;
  /** The main process as the page sees it; a new one after `restart`, on the same folders. */
  readonly bridge: Bridge;
  /** Problems the page reported: uncaught errors and CSP violations. Tests expect none. */
  readonly problems: string[];
  /** Starts the window: loads the app and waits until the body can be typed in. */
  launch(options?: { launchFile?: string; waitForEditor?: boolean }): Promise<void>;
  /**
   * Ends the window the hard way (no save, no unload: a crash or a power cut) and starts the
   * app again on the same data and documents folders.
   */
  restart(options?: { launchFile?: string; waitForEditor?: boolean }): Promise<void>;
  /** The article's editable body. */
  body(): ReturnType<Page['locator']>;
  screenshot(name: string): Promise<void>;
}

export const test = base.extend<{ app: AppSession }, { server: StaticServer }>({
  server: [
    async ({}, use) => {
      const server = await serveRenderer(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page: firstPage, context, server }, use) => {
    let page = firstPage;
    let bridge = new Bridge();
    const problems: string[] = [];
    const origin = new URL(server.url).origin;
    const watch = (p: Page) => {
      p.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      // Everything the app shows ships with it: fonts, styles, scripts. Nothing from the network.
      p.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.push(`network: ${url}`);
      });
      p.on('console', (msg) => {
        if (msg.type() === 'error' || /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
      });
    };
    watch(page);
    const start = async ({ launchFile, waitForEditor = true }: { launchFile?: string; waitForEditor?: boolean } = {}) => {
      if (launchFile) bridge.launchWith(launchFile);
      await bridge.attach(page, server.url);
      await page.goto(server.url);
      if (waitForEditor) await expect(session.body()).toBeVisible();
    };
    const session: AppSession = {
      get page() {
        return page;
      },
      get bridge() {
        return bridge;
      },
      problems,
      launch: start,
      async restart(options) {
        await page.close({ runBeforeUnload: false });
        bridge = new Bridge({ userDataDir: bridge.userDataDir, workDir: bridge.workDir });
        page = await context.newPage();
        watch(page);
        await start(options);
      },
      body: () => page.locator('[data-testid="editor-body"]'),
      async screenshot(name) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      },
    };
    await use(session);
    bridge.dispose();
    bridge.disposeUserData();
    // Whatever a test did, the page never crashed and never reached for the network.
    expect(problems.filter((p) => /^(pageerror|network):/.test(p))).toEqual([]);
  },
});

export { expect };
