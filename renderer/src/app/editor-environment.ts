import type { EditorEnvironment } from '../editor';
import { call } from '../bridge';

/** Chromium reports the OS the window runs on; the native menu and the page's labels agree on it. */
function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** What the window gives the editor: the platform, and links opened by the main process. */
export const windowEditorEnvironment: EditorEnvironment = {
  mac: typeof navigator !== 'undefined' && isMacPlatform(navigator.platform ?? ''),
  openLink: (url) => void call('openExternal', { url }),
};
