import type { WebContents } from 'electron';
import { decideWindowOpen, mayNavigate } from './navigation';

/**
 * The page stays the page: no navigation, no redirect, no new window, no <webview>.
 * A web link the page tries to open in a new window goes to the user's browser instead.
 */
const hardened = new WeakSet<WebContents>();

export function hardenWebContents(
  contents: WebContents,
  openExternal: (url: string) => void,
  devServerUrl: string | null = null,
): void {
  // Every web contents is hardened as it is created, and the editor window again by itself: once is enough.
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.action === 'deny-and-open-externally') openExternal(decision.url);
    return { action: 'deny' };
  });
}
