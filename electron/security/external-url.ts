import { parseUrl } from './app-origin';

/** Only web pages go to the user's browser: http(s), well formed, without user:password@. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 8192) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}
