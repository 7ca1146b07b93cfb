import slugify from '@sindresorhus/slugify';

/** What a template id may be (template-schema.ts): lower-case ASCII letters, digits and "-". */
export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_ID_LENGTH = 64;
export const FALLBACK_TEMPLATE_ID = 'mau';

/**
 * The id an own template gets from its name, as a portal writes an address: "Họp giao ban tuần"
 * → "hop-giao-ban-tuan" (@sindresorhus/slugify folds every Vietnamese letter, đ → d), at most
 * 64 characters, cut at a word; "mau" when the name has no letter or digit to keep.
 */
export function templateIdFor(name: string): string {
  const full = slugify(name.normalize('NFC'), { decamelize: false });
  if (full.length <= MAX_ID_LENGTH) return full || FALLBACK_TEMPLATE_ID;
  const cut = full.slice(0, MAX_ID_LENGTH + 1);
  const dash = cut.lastIndexOf('-');
  const head = dash >= MAX_ID_LENGTH / 2 ? cut.slice(0, dash) : full.slice(0, MAX_ID_LENGTH);
  return head.replace(/-+$/, '') || FALLBACK_TEMPLATE_ID;
}
