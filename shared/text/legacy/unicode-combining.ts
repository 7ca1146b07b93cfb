/**
 * Unicode with combining tone marks → precomposed (NFC). Covers both shapes it arrives in:
 * Unikey's "Unicode tổ hợp" (precomposed â ê ô ơ ư ă, the tone as a combining mark, so it is
 * neither NFC nor NFD) and true NFD (every mark combining). NFC composes both, and reorders
 * marks typed in a non-canonical order (o + acute + horn) first; one name so callers need not
 * know which of the two they hold.
 */
export function fromCombiningUnicode(text: string): string {
  return text.normalize('NFC');
}
