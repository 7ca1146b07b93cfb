/**
 * The fonts a .docx's styles give its text (word/styles.xml): the document default, and each
 * paragraph or character style's own, following `basedOn`. A report typed in .VnTime often has
 * no font on its runs at all: the Normal style carries it. Read with regular expressions: the
 * few elements needed are flat and Word writes them one way.
 */
export interface DocxStyleFonts {
  /** The font of text with no style of its own: the default paragraph style's, else the document defaults'. */
  defaultFont: string | null;
  /** Style id → its font (inherited through basedOn), for styles that set one. */
  styleFont(styleId: string | null | undefined): string | null;
}

const attr = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1] ?? null;

function asciiFont(rPr: string): string | null {
  const fonts = /<w:rFonts\b[^>]*>/.exec(rPr)?.[0];
  return fonts ? attr(fonts, 'w:ascii') ?? attr(fonts, 'w:hAnsi') : null;
}

export function readStyleFonts(stylesXml: string | null): DocxStyleFonts {
  if (!stylesXml) return { defaultFont: null, styleFont: () => null };
  const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml)?.[1] ?? '';
  const own = new Map<string, { font: string | null; basedOn: string | null }>();
  let defaultParagraphStyle: string | null = null;
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1], 'w:styleId');
    if (!id) continue;
    if (attr(m[1], 'w:type') === 'paragraph' && /w:default="(?:1|true)"/.test(m[1])) defaultParagraphStyle = id;
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[2])?.[1] ?? '';
    const basedOn = /<w:basedOn\b[^>]*w:val="([^"]*)"/.exec(m[2])?.[1] ?? null;
    own.set(id, { font: asciiFont(rPr), basedOn });
  }
  const resolved = new Map<string, string | null>();
  const styleFont = (id: string | null | undefined): string | null => {
    if (!id) return null;
    if (resolved.has(id)) return resolved.get(id)!;
    resolved.set(id, null); // a basedOn loop ends here
    const style = own.get(id);
    const font = style ? style.font ?? styleFont(style.basedOn) : null;
    resolved.set(id, font);
    return font;
  };
  // A paragraph without a style is in the default one (Normal), whose font comes before the document defaults'.
  return { defaultFont: styleFont(defaultParagraphStyle) ?? asciiFont(defaults), styleFont };
}
