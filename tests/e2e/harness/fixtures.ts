import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { Bridge, type BridgeOptions } from './bridge';
import { serveRenderer, type StaticServer } from './static-server';

const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer');
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screens');

export interface AppSession {
  page: Page;
  bridge: Bridge;
  /** Problems the page reported: uncaught errors and CSP violations. Tests expect none. */
  problems: string[];
  /** Loads the app (a fresh start of the window). */
  launch(options?: { waitForEditor?: boolean }): Promise<void>;
  /** The article's editable body. */
  body(): ReturnType<Page['locator']>;
  screenshot(name: string): Promise<void>;
}

export const test = base.extend<{ server: StaticServer; bridgeOptions: BridgeOptions; app: AppSession }, { sharedServer: StaticServer }>({
  sharedServer: [
    async ({}, use) => {
      const server = await serveRenderer(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  server: async ({ sharedServer }, use) => use(sharedServer),
  bridgeOptions: [{}, { option: true }],
  app: async ({ page, server, bridgeOptions }, use) => {
    const bridge = new Bridge(bridgeOptions);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
    });
    await bridge.attach(page);
    const session: AppSession = {
      page,
      bridge,
      problems,
      async launch({ waitForEditor = true } = {}) {
        await page.goto(server.url);
        if (waitForEditor) await expect(session.body()).toBeVisible();
      },
      body: () => page.locator('[data-testid="editor-body"]'),
      async screenshot(name) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      },
    };
    await use(session);
    bridge.dispose();
    if (!bridgeOptions.userDataDir) bridge.disposeUserData();
  },
});

export { expect };
