/** Where the app's own page lives: `app://soantin/index.html`, served by our protocol handler. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'soantin';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Is this URL one of the app's own pages? Compares protocol and host (the origin of a custom scheme is 'null'). */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** In `electron-vite dev` the page comes from a loopback dev server instead. */
export function isDevServerUrl(url: string, devServerUrl: string | null | undefined): boolean {
  if (!devServerUrl) return false;
  const page = parseUrl(url);
  const dev = parseUrl(devServerUrl);
  if (!page || !dev) return false;
  return (dev.protocol === 'http:' || dev.protocol === 'https:') && page.protocol === dev.protocol && page.host === dev.host;
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
