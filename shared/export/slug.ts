import slugify from '@sindresorhus/slugify';

/**
 * The package's name and its photos' file names: the title folded to ASCII, as portals write
 * article addresses ("hoi-nghi-ban-thuong-vu-tinh-uy-…"). @sindresorhus/slugify folds every
 * Vietnamese letter, composed or not (đ/Đ → d); decamelize is off so that "iPhone" or "HĐND"
 * stay one word.
 */

export const MAX_SLUG_LENGTH = 80;
export const FALLBACK_SLUG = 'bai-viet';

export function articleSlug(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const full = slugify(title.normalize('NFC'), { decamelize: false });
  return boundSlug(full, maxLength) || FALLBACK_SLUG;
}

/** Cut at a word boundary when one is near, so the name does not end in half a word. */
function boundSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  const head = lastDash >= maxLength / 2 ? cut.slice(0, lastDash) : slug.slice(0, maxLength);
  return head.replace(/-+$/, '');
}

/** The default name of the exported package: `<slug>` for a folder, `<slug>.zip` for an archive. */
export function packageName(title: string, kind: 'folder' | 'zip'): string {
  const slug = articleSlug(title);
  return kind === 'zip' ? `${slug}.zip` : slug;
}
