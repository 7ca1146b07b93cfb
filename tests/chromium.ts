import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * The Chromium that the browser tests, the benchmark and the icon script drive. Looked for in
 * this order, the first that exists wins:
 *
 * 1. `CHROMIUM_PATH`;
 * 2. the browser Playwright installed (`npx playwright install chromium`);
 * 3. a system Chrome, Chromium or Edge (Edge is on every Windows machine);
 * 4. on Linux x64, the Chromium inside the `@sparticuz/chromium` dev dependency, unpacked on
 *    first use (about 2 s), so that `npm install` alone brings a browser.
 *
 * Where none can be had, the run stops with one paragraph naming the command that gets one.
 */
export interface FoundBrowser {
  executablePath: string;
  /** Said in the one line that tells which browser runs the tests. */
  label: string;
}

export type BrowserLookup = Partial<{
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
  exists: (path: string) => boolean;
  playwrightPath: () => string | undefined;
  unpackBundled: () => string | undefined;
}>;

export class NoBrowserError extends Error {}

export const NO_BROWSER_MESSAGE = [
  'Không tìm thấy trình duyệt Chromium cho các bài kiểm thử giao diện. Hãy chạy một lần:',
  '    npx playwright install chromium',
  'hoặc đặt CHROMIUM_PATH trỏ tới Chrome, Chromium hay Edge có sẵn trên máy.',
  '',
  'No Chromium was found for the browser tests. Run once:',
  '    npx playwright install chromium',
  'or set CHROMIUM_PATH to a Chrome, Chromium or Edge already on this machine.',
].join('\n');

/** Where Chrome, Chromium and Edge install themselves, per platform. */
export function systemBrowserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): FoundBrowser[] {
  if (platform === 'darwin') {
    return [
      ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome'],
      ['/Applications/Chromium.app/Contents/MacOS/Chromium', 'Chromium'],
      ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Microsoft Edge'],
    ].map(([executablePath, label]) => ({ executablePath, label }));
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => !!root);
    return roots.flatMap((root) => [
      { executablePath: join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), label: 'Google Chrome' },
      { executablePath: join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), label: 'Microsoft Edge' },
    ]);
  }
  return [
    ['/usr/bin/chromium', 'Chromium'],
    ['/usr/bin/chromium-browser', 'Chromium'],
    ['/usr/bin/google-chrome', 'Google Chrome'],
    ['/usr/bin/google-chrome-stable', 'Google Chrome'],
    ['/opt/google/chrome/chrome', 'Google Chrome'],
    ['/usr/bin/microsoft-edge', 'Microsoft Edge'],
    ['/snap/bin/chromium', 'Chromium'],
  ].map(([executablePath, label]) => ({ executablePath, label: `${label} (${executablePath})` }));
}

/** Playwright's own download, when one was installed for this Playwright version. */
function playwrightBrowserPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Unpacks the Chromium of `@sparticuz/chromium` (it keeps the binary in the temp folder and
 * reuses it). A child process, because the unpacking is asynchronous and Playwright reads its
 * configuration synchronously.
 */
function unpackBundledChromium(): string | undefined {
  const script = "const m = await import('@sparticuz/chromium'); process.stdout.write(await m.default.executablePath());";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(import.meta.dirname, '..'),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const path = result.status === 0 ? result.stdout.trim() : '';
  return path || undefined;
}

export function findBrowser(lookup: BrowserLookup = {}): FoundBrowser {
  const env = lookup.env ?? process.env;
  const platform = lookup.platform ?? process.platform;
  const arch = lookup.arch ?? process.arch;
  const exists = lookup.exists ?? existsSync;

  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) throw new NoBrowserError(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist.\n\n${NO_BROWSER_MESSAGE}`);
    return { executablePath: env.CHROMIUM_PATH, label: `CHROMIUM_PATH (${env.CHROMIUM_PATH})` };
  }
  const playwright = (lookup.playwrightPath ?? playwrightBrowserPath)();
  if (playwright && exists(playwright)) return { executablePath: playwright, label: `Playwright's Chromium (${playwright})` };

  const system = systemBrowserCandidates(platform, env).find((candidate) => exists(candidate.executablePath));
  if (system) return system;

  if (platform === 'linux' && arch === 'x64') {
    const bundled = (lookup.unpackBundled ?? unpackBundledChromium)();
    if (bundled && exists(bundled)) return { executablePath: bundled, label: `@sparticuz/chromium (${bundled})` };
  }
  throw new NoBrowserError(NO_BROWSER_MESSAGE);
}

/**
 * The browser for this process, found once. The first process to look (Playwright's runner, the
 * bench) passes the answer to its workers through CHROMIUM_PATH, so they do not look again.
 */
export function browserForTests(): FoundBrowser {
  const found = findBrowser();
  process.env.CHROMIUM_PATH = found.executablePath;
  return found;
}

/** Quiet, offline, root-friendly flags: no sandbox (CI runs as root), no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
