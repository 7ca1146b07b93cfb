import { isAppUrl, isDevServerUrl } from './app-origin';

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/**
 * May this frame call the main process? Only the app's own page, in the top frame. The dev
 * server's URL counts only when the caller passes it (i.e. an unpackaged app run by electron-vite).
 */
export function isTrustedSender(frame: SenderFrame, devServerUrl?: string | null): boolean {
  if (!frame.isMainFrame) return false;
  return isAppUrl(frame.url) || isDevServerUrl(frame.url, devServerUrl);
}
