import type { ExternalLinks } from './services/ports';
import { isSafeExternalUrl } from './security/external-url';

/** Opens web links in the user's browser, and nothing else (no file:, no custom schemes). */
export function createExternalLinks(openExternal: (url: string) => Promise<void>): ExternalLinks {
  return {
    async open(url) {
      if (!isSafeExternalUrl(url)) return false;
      try {
        await openExternal(url);
        return true;
      } catch {
        return false;
      }
    },
  };
}
