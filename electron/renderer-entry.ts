import { APP_ENTRY_URL } from './security/app-origin';

export interface RendererEntry {
  /** What the window loads. */
  url: string;
  /** The dev server the page comes from, trusted only in an unpackaged run; null otherwise. */
  devServerUrl: string | null;
}

/**
 * A packaged app always loads its own `app://soantin/index.html`. Only an unpackaged run with
 * ELECTRON_RENDERER_URL set (electron-vite dev) loads the loopback dev server instead.
 */
export function rendererEntry(isPackaged: boolean, envUrl: string | undefined): RendererEntry {
  if (!isPackaged && envUrl && isLoopbackHttpUrl(envUrl)) return { url: envUrl, devServerUrl: envUrl };
  return { url: APP_ENTRY_URL, devServerUrl: null };
}

function isLoopbackHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && loopback;
  } catch {
    return false;
  }
}
