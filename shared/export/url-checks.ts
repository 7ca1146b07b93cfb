import { isSafeHref } from '../paste/safe-href';

/**
 * Whether an image address may stand in the fragment: a relative or site-relative path made of
 * plain URL characters, or an absolute http(s) address. No scheme that could run or embed
 * anything (javascript:, data:, vbscript:, file:, blob:…), no protocol-relative "//host".
 */
const PATH = /^[A-Za-z0-9._~\-/%]+$/;
const ABSOLUTE = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?\/[A-Za-z0-9._~\-/%]*$/i;

export function isSafeImageUrl(url: string): boolean {
  if (url.length === 0 || url.length > 2048) return false;
  if (ABSOLUTE.test(url)) return true;
  return PATH.test(url) && !url.startsWith('//') && !url.split('/').includes('..');
}

/** "a.jpg 480w, b.jpg 800w": every candidate a safe image address with a width. */
export function isSafeSrcset(value: string): boolean {
  const candidates = value.split(',');
  return candidates.every((c) => {
    const m = /^\s*(\S+)\s+[1-9]\d{0,4}w\s*$/.exec(c);
    return m !== null && isSafeImageUrl(m[1]);
  });
}

/** What our `sizes` is: media conditions on a width, then a length; nothing that CSS could run. */
const SIZES = /^(?:\((?:max|min)-width: ?\d{1,5}px\) \d{1,5}(?:px|vw), ?)*\d{1,5}(?:px|vw)$/;

export function isSafeSizes(value: string): boolean {
  return SIZES.test(value);
}

export { isSafeHref };
