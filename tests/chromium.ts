import { existsSync } from 'node:fs';

/**
 * The Chromium that the browser tests, the benchmark and the icon script drive: Debian's
 * /usr/bin/chromium (or CHROMIUM_PATH); undefined lets Playwright use its own browser, as on a
 * developer's Mac or Windows machine.
 */
export function chromiumExecutable(): string | undefined {
  const debian = '/usr/bin/chromium';
  return process.env.CHROMIUM_PATH ?? (existsSync(debian) ? debian : undefined);
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
