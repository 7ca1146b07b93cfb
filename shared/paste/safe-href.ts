/**
 * Which link targets the body may hold. Only http, https and mailto: anything else
 * (javascript:, data:, file:, vbscript:…) could run code or reach the disk when a reader clicks.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

// Browsers ignore tabs and line breaks inside a URL ("java\tscript:" still runs), and
// control characters hide a scheme from naive checks: drop them before looking.
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const DOMAIN_LIKE = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/u;
const EMAIL_LIKE = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

function schemeOf(href: string): string | null {
  const m = SCHEME.exec(href.replace(INVISIBLE, ''));
  return m ? m[1].toLowerCase() : null;
}

/** True when `href` is an absolute http, https or mailto address with something after the scheme. */
export function isSafeHref(href: string): boolean {
  const compact = href.trim();
  if (compact === '' || compact.length > 8192) return false;
  const scheme = schemeOf(compact);
  if (scheme === null || !ALLOWED_SCHEMES.has(scheme)) return false;
  // Invisible characters inside an address are a disguise (or a broken copy), never needed.
  if (compact.replace(INVISIBLE, '') !== compact) return false;
  const rest = compact.slice(scheme.length + 1);
  if (scheme === 'mailto') return rest.length > 0;
  return /^\/\/[^/\s?#]+/.test(rest);
}

export type LinkInput = { ok: true; url: string } | { ok: false; reason: 'empty' | 'scheme' | 'invalid' };

/**
 * What the officer typed in the link box, as a link we accept: "baohanam.com.vn" becomes
 * "https://baohanam.com.vn", "ten@baohanam.com.vn" becomes a mailto link; other schemes are refused.
 */
export function normalizeLinkInput(raw: string): LinkInput {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const scheme = schemeOf(text);
  if (scheme !== null && !DOMAIN_LIKE.test(text)) {
    if (!ALLOWED_SCHEMES.has(scheme)) return { ok: false, reason: 'scheme' };
    return isSafeHref(text) ? { ok: true, url: text } : { ok: false, reason: 'invalid' };
  }
  if (/\s/.test(text)) return { ok: false, reason: 'invalid' };
  if (text.startsWith('//') && DOMAIN_LIKE.test(text.slice(2))) return { ok: true, url: 'https:' + text };
  if (EMAIL_LIKE.test(text)) return { ok: true, url: 'mailto:' + text };
  if (DOMAIN_LIKE.test(text)) return { ok: true, url: 'https://' + text };
  return { ok: false, reason: 'invalid' };
}
