/**
 * Escaping for the fragment. Text escapes the three characters that can start markup or an
 * entity; attribute values (always double-quoted) also escape the quote. A non-breaking space is
 * written as `&nbsp;` so that the web team sees it in the HTML source and no editor on the way
 * turns it into an ordinary space.
 */

const TEXT_SPECIAL = /[&<>\u00a0]/;
const TEXT_SPECIAL_ALL = /[&<>\u00a0]/g;
const ATTR_SPECIAL = /[&<>"\u00a0]/;
const ATTR_SPECIAL_ALL = /[&<>"\u00a0]/g;

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\u00a0': '&nbsp;',
};

const entity = (ch: string) => ENTITY[ch];

export function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIAL_ALL, entity) : text;
}

export function escapeAttribute(value: string): string {
  return ATTR_SPECIAL.test(value) ? value.replace(ATTR_SPECIAL_ALL, entity) : value;
}

// C0 controls (but tab, line feed and carriage return), DEL and C1 controls are not allowed in
// HTML text, and a lone surrogate is not a character at all: they can only be damage.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as the fragment holds it: NFC (one spelling of each Vietnamese letter), no control characters. */
export function cleanText(text: string): string {
  const nfc = text.normalize('NFC');
  NOT_TEXT.lastIndex = 0;
  return NOT_TEXT.test(nfc) ? nfc.replace(NOT_TEXT, '') : nfc;
}
