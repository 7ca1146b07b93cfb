import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, browserForTests, NoBrowserError, type FoundBrowser } from './tests/chromium';

/**
 * End-to-end tests drive the built renderer in a real Chromium, found by tests/chromium.ts
 * (CHROMIUM_PATH, Playwright's own, a system Chrome/Chromium/Edge, or the one an npm package
 * brings on Linux). The runner says which in one line; its workers inherit the answer.
 */
function browser(): FoundBrowser {
  const isRunner = process.env.TEST_WORKER_INDEX === undefined;
  try {
    const found = browserForTests();
    if (isRunner) console.log(`Browser tests run in ${found.label}`);
    return found;
  } catch (error) {
    if (!(error instanceof NoBrowserError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 860 },
    locale: 'vi-VN',
    launchOptions: { executablePath: browser().executablePath, args: CHROMIUM_ARGS },
  },
});
