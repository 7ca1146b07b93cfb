import { isDevServerUrl } from './app-origin';
import { isSafeExternalUrl } from './external-url';

/**
 * The window never navigates away from the app and never opens another window. A page that
 * asks for a new window (a link with target=_blank) gets its web link opened in the user's
 * browser instead; anything else is dropped.
 */
export type WindowOpenDecision = { action: 'deny' } | { action: 'deny-and-open-externally'; url: string };

export function decideWindowOpen(url: string): WindowOpenDecision {
  return isSafeExternalUrl(url) ? { action: 'deny-and-open-externally', url } : { action: 'deny' };
}

/**
 * In-page navigations (the hash) do not reach this; every real navigation is refused, except
 * the dev server reloading its own page in an unpackaged run (when its URL is passed).
 */
export function mayNavigate(url: string, devServerUrl?: string | null): boolean {
  return isDevServerUrl(url, devServerUrl);
}
