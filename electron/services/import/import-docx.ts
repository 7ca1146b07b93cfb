import mammoth from 'mammoth';
import { convertLegacyRun } from '../../../shared/paste/legacy-fonts';
import { legacyEncodingOfFont, type FontEncoding } from '../../../shared/text/legacy/font-encoding';
import { AppError } from '../../../shared/ipc/errors';
import { htmlToBody, type BodyBuild, type ImportedFigure } from '../../../shared/import/html-to-body';
import type { ImportReport } from '../../../shared/import/import-report';
import { unpackDocx } from './docx-archive';
import { lostInDocx } from './docx-lost';
import { readStyleFonts, type DocxStyleFonts } from './docx-styles';

/** Stores a photo's bytes through the photo pipeline; null when they are not a photo it can read. */
export type KeepPhoto = (bytes: Buffer, name: string) => Promise<ImportedFigure | null>;

export interface DocxImport {
  build: BodyBuild;
  lost: ImportReport['lost'];
  footnotes: number;
}

/** Mammoth's document model, the parts the font pass reads. */
interface DocElement {
  type: string;
  styleId?: string | null;
  font?: string | null;
  value?: string;
  children?: DocElement[];
}

/**
 * Converts, in mammoth's document model, the text of every run whose font is a TCVN3 or VNI
 * face: the run's own font (w:rFonts), else its character style's, else its paragraph style's,
 * else the document default — as Word decides which font draws a run.
 */
function legacyRunPass(fonts: DocxStyleFonts, counter: { runs: number }) {
  const cache = new Map<string, FontEncoding | null>();
  const encodingOf = (font: string | null): FontEncoding | null => {
    if (!font) return null;
    if (!cache.has(font)) cache.set(font, legacyEncodingOfFont(font));
    return cache.get(font)!;
  };
  const visit = (element: DocElement, paragraphFont: string | null): void => {
    if (element.type === 'paragraph') paragraphFont = fonts.styleFont(element.styleId) ?? fonts.defaultFont;
    if (element.type === 'run') {
      const encoding = encodingOf(element.font ?? fonts.styleFont(element.styleId) ?? paragraphFont ?? fonts.defaultFont);
      if (encoding) {
        let converted = false;
        for (const child of element.children ?? []) {
          if (child.type === 'text' && child.value) {
            child.value = convertLegacyRun(child.value, encoding);
            converted = true;
          }
        }
        if (converted) counter.runs += 1;
      }
      return;
    }
    for (const child of element.children ?? []) visit(child, paragraphFont);
  };
  return (document: DocElement) => {
    visit(document, fonts.defaultFont);
    return document;
  };
}

const STYLE_MAP = [
  'u => u',
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
];

/** A .docx → body blocks: mammoth reads Word's structure, our walker keeps what the body knows. */
export async function importDocx(bytes: Buffer, keepPhoto: KeepPhoto): Promise<DocxImport> {
  const parts = await unpackDocx(bytes);
  const xml = (name: string) => parts.get(name)?.toString('utf8') ?? null;
  const fonts = readStyleFonts(xml('word/styles.xml'));
  const counter = { runs: 0 };
  const figures = new Map<string, ImportedFigure | null>();
  let photoIndex = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        transformDocument: legacyRunPass(fonts, counter),
        convertImage: mammoth.images.imgElement(async (image) => {
          photoIndex += 1;
          const key = `import-photo:${photoIndex}`;
          const data = await image.readAsBuffer();
          const ext = (image.contentType.split('/')[1] ?? 'jpg').replace('jpeg', 'jpg');
          figures.set(key, await keepPhoto(data, `anh-${photoIndex}.${ext}`).catch(() => null));
          return { src: key };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('import-damaged', `mammoth: ${String(error)}`);
  }
  const build = htmlToBody(`<body>${html}</body>`, { figureFor: (src) => figures.get(src) ?? null });
  build.legacyRuns += counter.runs;
  const xmlParts = [...parts.keys()].filter((n) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(n)).map((n) => xml(n) ?? '');
  const footnotes = (xml('word/document.xml')?.match(/<w:(?:footnote|endnote)Reference\b/g) ?? []).length;
  return { build, lost: lostInDocx(xmlParts), footnotes };
}
