import { describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER_MESSAGE, NoBrowserError, type BrowserLookup } from '../../chromium';

/** A machine where only the given paths exist. */
function machine(paths: string[], rest: BrowserLookup = {}): BrowserLookup {
  return { env: {}, platform: 'linux', arch: 'x64', exists: (p) => paths.includes(p), playwrightPath: () => '/pw/chrome', unpackBundled: () => undefined, ...rest };
}

describe('the browser the tests use', () => {
  it('takes CHROMIUM_PATH first, then Playwright’s, then the system’s, then the bundled one', () => {
    const all = ['/my/chrome', '/pw/chrome', '/usr/bin/chromium', '/tmp/chromium'];
    const bundled = { unpackBundled: () => '/tmp/chromium' };
    expect(findBrowser(machine(all, { ...bundled, env: { CHROMIUM_PATH: '/my/chrome' } })).executablePath).toBe('/my/chrome');
    expect(findBrowser(machine(all, bundled)).executablePath).toBe('/pw/chrome');
    expect(findBrowser(machine(all.slice(2), bundled)).executablePath).toBe('/usr/bin/chromium');
    const found = findBrowser(machine(['/tmp/chromium'], bundled));
    expect(found).toEqual({ executablePath: '/tmp/chromium', label: '@sparticuz/chromium (/tmp/chromium)' });
  });

  it('unpacks the bundled Chromium only when nothing else is there, and only on Linux x64', () => {
    let unpacked = 0;
    const unpackBundled = () => {
      unpacked += 1;
      return '/tmp/chromium';
    };
    findBrowser(machine(['/usr/bin/google-chrome', '/tmp/chromium'], { unpackBundled }));
    expect(unpacked).toBe(0);
    expect(() => findBrowser(machine(['/tmp/chromium'], { unpackBundled, arch: 'arm64' }))).toThrow(NoBrowserError);
    expect(unpacked).toBe(0);
  });

  it('finds Edge on Windows and Chrome on macOS where they install themselves', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const windows = machine([edge], { platform: 'win32', env: { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, playwrightPath: () => undefined });
    // path.join on this machine uses '/', so compare the parts that matter.
    expect(findBrowser({ ...windows, exists: (p) => p.endsWith('msedge.exe') }).label).toBe('Microsoft Edge');
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(machine([mac], { platform: 'darwin' })).executablePath).toBe(mac);
  });

  it('stops with the one command that gets a browser when there is none', () => {
    expect(() => findBrowser(machine([]))).toThrow(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).toContain('npx playwright install chromium');
    expect(() => findBrowser(machine([], { env: { CHROMIUM_PATH: '/gone' } }))).toThrow(/CHROMIUM_PATH=\/gone does not exist/);
  });
});
