/**
 * Which legacy encoding a piece of HTML's text is in, read from its fonts: the inline CSS of an
 * element (`font-family`, Word's `mso-ascii-font-family`, the `font` shorthand), a `<font face>`
 * and the classes of Word's style sheet (`p.MsoNormal {font-family:".VnTime"}` when the Normal
 * style itself is a .VnTime one). Pure string work: the paste cleaner (a DOM) and the importer
 * (parse5, no DOM) both walk their trees and ask here.
 */
import { legacyEncodingOfFont, type FontEncoding } from '../text/legacy/font-encoding';
import { fromTcvn3 } from '../text/legacy/tcvn3';
import { fromVni } from '../text/legacy/vni';

/** A declaration's value in an inline style, matched at a property start (not `mso-bidi-font-family`). */
function declaration(style: string, property: string): string | null {
  const re = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]*)`, 'i');
  const value = re.exec(style)?.[1]?.trim();
  return value ? value : null;
}

/** The families an inline style sets for Latin text, or null when it sets none. */
export function fontFamilyOfStyle(style: string): string | null {
  const family = declaration(style, 'font-family') ?? declaration(style, 'mso-ascii-font-family');
  if (family) return family;
  // `font: 7.0pt "Times New Roman"`: the families follow the size (and an optional /line-height).
  const shorthand = declaration(style, 'font');
  const m = shorthand ? /\d(?:[\d.]*)(?:pt|px|em|rem|%|cm|mm|in)?(?:\s*\/\s*\S+)?\s+(.+)$/i.exec(shorthand) : null;
  return m ? m[1] : null;
}

/**
 * Class name (lower case) → font-family, from the `<style>` blocks of a Word or saved page:
 * rules whose selectors are `.Class` or `tag.Class`. Later rules win, as in CSS.
 */
export function classFontsOfHtml(html: string): Map<string, string> {
  const fonts = new Map<string, string>();
  const blocks = html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi);
  for (const [, sheet] of blocks) {
    const css = sheet.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--|-->/g, '');
    for (const rule of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
      const family = fontFamilyOfStyle(rule[2].replace(/\s+/g, ' '));
      if (!family) continue;
      for (const selector of rule[1].split(',')) {
        const m = /^\s*[a-z0-9]*\.([\w-]+)\s*$/i.exec(selector);
        if (m) fonts.set(m[1].toLowerCase(), family);
      }
    }
  }
  return fonts;
}

/** What an element says about its font, or undefined when it says nothing (it inherits). */
export function elementFontEncoding(
  attributes: { style?: string | null; face?: string | null; className?: string | null },
  classFonts: ReadonlyMap<string, string>,
): FontEncoding | null | undefined {
  const fromStyle = attributes.style ? fontFamilyOfStyle(attributes.style) : null;
  if (fromStyle) return legacyEncodingOfFont(fromStyle);
  if (attributes.face) return legacyEncodingOfFont(attributes.face);
  if (attributes.className && classFonts.size > 0) {
    for (const name of attributes.className.split(/\s+/)) {
      const family = classFonts.get(name.toLowerCase());
      if (family) return legacyEncodingOfFont(family);
    }
  }
  return undefined;
}

/** A run's text in Unicode (NFC), given its font's encoding. */
export function convertLegacyRun(text: string, encoding: FontEncoding): string {
  return encoding.encoding === 'tcvn3' ? fromTcvn3(text, { capitals: encoding.capitals }) : fromVni(text);
}

/** Cheap look before any walk: does the HTML name a legacy face at all? */
export function mentionsLegacyFont(html: string): boolean {
  return /(?:["'\s,:=;]|^)(?:\.vn[a-z]|vni[-_ ][a-z])/i.test(html);
}
