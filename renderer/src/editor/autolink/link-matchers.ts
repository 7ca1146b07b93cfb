import { isSafeHref } from '../../../../shared/paste/safe-href';

/** What Lexical's AutoLinkPlugin wants of a matcher: where the link is in the text and its address. */
export interface FoundLink {
  index: number;
  length: number;
  text: string;
  url: string;
}

// An address as it is written in news copy: with its scheme, starting "www.", or a bare domain
// on the endings Vietnamese offices use (hanam.gov.vn, baohanam.com.vn). A bare "TP.HCM" or
// "v.v." is not a domain. Letters with tone marks are allowed (internationalised domains).
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const PATH = "(?:[/?#][^\\s<>\"“”‘’]*)?";
const PORT = '(?::\\d{1,5})?';
const WITH_SCHEME = `https?://${LABEL}(?:\\.${LABEL})*${PORT}${PATH}`;
const WWW = `www\\.${LABEL}(?:\\.${LABEL})+${PORT}${PATH}`;
const BARE = `(?:${LABEL}\\.)+(?:vn|com|net|org|gov|edu|info|int)(?![\\p{L}\\p{N}-])${PORT}${PATH}`;
const EMAIL = `[\\p{L}\\p{N}._%+-]+@(?:${LABEL}\\.)+\\p{L}{2,}`;
const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}@./:-])(?:(${EMAIL})|(${WITH_SCHEME})|(${WWW})|(${BARE}))`, 'giu');

/** A sentence goes on after the address: its full stop, comma, closing quote or bracket is not part of it. */
function trimTail(text: string): string {
  let end = text.length;
  for (;;) {
    const last = text[end - 1];
    if (last === undefined) break;
    if ('.,;:!?…\'"”’»'.includes(last)) {
      end -= 1;
      continue;
    }
    // A closing bracket belongs to the address only when the address opened one (Wikipedia's "(tỉnh)").
    if (last === ')' && count(text.slice(0, end), '(') < count(text.slice(0, end), ')')) {
      end -= 1;
      continue;
    }
    break;
  }
  return text.slice(0, end);
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/**
 * The first address in `text` that becomes a link we accept (shared/paste/safe-href.ts: http,
 * https, mailto only): "hanam.gov.vn" links to https://hanam.gov.vn, "toasoan@baohanam.com.vn" to
 * a mailto. Null when there is none.
 */
export function findLink(text: string): FoundLink | null {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const written = trimTail(m[0]);
    if (written === '') continue;
    const url = m[1] ? `mailto:${written}` : m[2] ? written : `https://${written}`;
    if (isSafeHref(url)) return { index: m.index, length: written.length, text: written, url };
  }
  return null;
}
