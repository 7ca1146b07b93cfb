import { isSafeHref } from '../../shared/paste/safe-href';
import { parseUrl } from './app-origin';

/** What a mailto link may ask of the mail program: never `attach` (some clients attach a local file). */
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc', 'to']);
const MAIL_ADDRESS = /^[^\s@/:?]+@[^\s@/:?]+\.[^\s@/:?]+$/;

/**
 * One rule for links, whichever door they come through: a link the body may hold (shared
 * isSafeHref: http, https, mailto) is a link Ctrl+click opens. Web pages go to the browser
 * (well formed, without user:password@); mailto goes to the mail program when it names plain
 * addresses and only the usual fields. Nothing else (file:, custom schemes) leaves the app.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 8192 || !isSafeHref(url)) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'mailto:') return isSafeMailto(parsed);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}

function isSafeMailto(parsed: URL): boolean {
  let addresses: string[];
  try {
    addresses = decodeURIComponent(parsed.pathname).split(',').map((address) => address.trim());
  } catch {
    return false;
  }
  if (!addresses.every((address) => MAIL_ADDRESS.test(address))) return false;
  return [...parsed.searchParams.keys()].every((key) => MAILTO_FIELDS.has(key.toLowerCase()));
}
