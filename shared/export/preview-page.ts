import { formatDateLine } from '../document/date-line';
import { cleanText, escapeAttribute, escapeText } from './html-escape';
import type { ExportArticle } from './export-node';
import { pushText, piecesToHtml, type InlinePiece } from './inline-html';
import { TEXT_FORMAT } from './export-node';

/**
 * preview.html: the article as the portal's page will show it, standalone. It opens offline in
 * any browser: the stylesheet is inline, the fonts are the bundled Noto files copied into the
 * package's fonts/ folder, the photos are the package's images/. A strict CSP runs no script
 * and loads nothing from anywhere else (the style is allowed by its hash alone).
 */

export interface PreviewFont {
  family: 'Noto Serif' | 'Noto Sans';
  /** The @fontsource package the file comes from. */
  pkg: '@fontsource/noto-serif' | '@fontsource/noto-sans';
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
  file: string;
}

// Vietnamese needs the latin and vietnamese subsets only (ă đ ơ ư and the toned letters are in
// the latter); latin-ext would add 60 KB a face for letters a Vietnamese article rarely has.
const RANGES = {
  vietnamese:
    'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
} as const;

function faces(family: PreviewFont['family'], variants: [PreviewFont['weight'], PreviewFont['style']][]): PreviewFont[] {
  const slug = family === 'Noto Serif' ? 'noto-serif' : 'noto-sans';
  return variants.flatMap(([weight, style]) =>
    (['vietnamese', 'latin'] as const).map((subset) => ({
      family,
      pkg: `@fontsource/${slug}` as PreviewFont['pkg'],
      weight,
      style,
      unicodeRange: RANGES[subset],
      file: `${slug}-${subset}-${weight}-${style}.woff2`,
    })),
  );
}

/** The faces the page uses: serif for the article (roman, bold, italic captions), sans for the page's frame. */
export const PREVIEW_FONTS: readonly PreviewFont[] = [
  ...faces('Noto Serif', [
    [400, 'normal'],
    [700, 'normal'],
    [400, 'italic'],
    [700, 'italic'],
  ]),
  ...faces('Noto Sans', [
    [400, 'normal'],
    [700, 'normal'],
  ]),
];

export const FONTS_FOLDER = 'fonts/';

/** The classes of the page's own frame (the verifier lets only these, and the profile's, through). */
export const PREVIEW_CLASSES: ReadonlySet<string> = new Set(['portal', 'portal-name', 'page', 'article', 'category', 'title', 'date', 'sapo', 'body', 'byline']);

export function previewStylesheet(columnWidth: number): string {
  const fontFaces = PREVIEW_FONTS.map(
    (f) =>
      `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};font-display:swap;` +
      `src:url('${FONTS_FOLDER}${f.file}') format('woff2');unicode-range:${f.unicodeRange}}`,
  ).join('\n');
  return `${fontFaces}
*,*::before,*::after{box-sizing:border-box}
html{color-scheme:light}
body{margin:0;background:#eef0f3;color:#222;font:17px/1.65 'Noto Serif',Georgia,'Times New Roman',serif}
.portal{background:#a4161a;color:#fff;font-family:'Noto Sans',Arial,sans-serif}
.portal-name{max-width:${columnWidth + 64}px;margin:0 auto;padding:12px 32px;font-weight:700;font-size:16px;letter-spacing:.02em;text-transform:uppercase}
.page{padding:24px 12px 48px}
.article{max-width:${columnWidth + 64}px;margin:0 auto;padding:24px 32px 40px;background:#fff;border:1px solid #dde1e6}
.category{font-family:'Noto Sans',Arial,sans-serif;font-size:13px;font-weight:700;color:#a4161a;text-transform:uppercase;letter-spacing:.02em}
.title{margin:8px 0 6px;font-size:27px;line-height:1.3;font-weight:700;color:#0d3c78}
.date{margin:0 0 18px;font-family:'Noto Sans',Arial,sans-serif;font-size:13px;color:#6b7280}
.sapo p,.body p{margin:0 0 14px;text-align:justify}
.body h2{margin:22px 0 10px;font-size:21px;line-height:1.35;color:#111}
.body h3{margin:18px 0 8px;font-size:19px;line-height:1.4;color:#222}
.body ul,.body ol{margin:0 0 14px;padding-left:28px}
.body blockquote{margin:0 0 14px;padding:2px 0 2px 16px;border-left:3px solid #c9d4e3;color:#444;font-style:italic}
.body a{color:#0b57a4}
.body figure{margin:18px auto;text-align:center}
.body img{display:block;max-width:100%;height:auto;margin:0 auto}
.body figcaption{margin-top:6px;font-style:italic;font-size:15px;line-height:1.5;color:#333;text-align:center}
.body figcaption em{font-style:normal}
.body table{width:100%;margin:0 0 14px;border-collapse:collapse;font-size:15px;line-height:1.5}
.body th,.body td{padding:4px 8px;border:1px solid #bfbfbf;vertical-align:top;text-align:left}
.body th{background:#f1f4f8}
.byline{margin:18px 0 0;text-align:right;font-weight:700}
`;
}

export interface PreviewInput {
  article: ExportArticle;
  /** The fragment with image addresses into the package's images/. */
  fragment: string;
  /** Whether the fragment already opens with the sapô (else the page shows it under the date). */
  sapoInFragment: boolean;
  /** The portal's name, for the page's banner. */
  portalName: string;
  columnWidth: number;
  /** The stylesheet (previewStylesheet) and its base64 SHA-256, which the CSP names. */
  stylesheet: string;
  styleSha256: string;
}

export function previewContentSecurityPolicy(styleSha256: string): string {
  return `default-src 'none'; img-src 'self' file:; font-src 'self' file:; style-src 'sha256-${styleSha256}'; base-uri 'none'; form-action 'none'`;
}

const text = (value: string) => escapeText(cleanText(value).replace(/\s+/g, ' ').trim());

export function previewPage(input: PreviewInput): string {
  const { meta } = input.article;
  const sapoPieces: InlinePiece[] = [];
  pushText(sapoPieces, meta.sapo, TEXT_FORMAT.bold, null);
  const sapo = input.sapoInFragment ? '' : piecesToHtml(sapoPieces);
  const dateLine = formatDateLine(meta.date, 'vi');
  const byline = [meta.author, meta.source ? `Nguồn: ${meta.source}` : ''].map((s) => s.trim()).filter(Boolean);
  const lines = [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewContentSecurityPolicy(input.styleSha256))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${text(meta.title) || 'Xem trước'}</title>`,
    `<style>${input.stylesheet}</style>`,
    '</head>',
    '<body>',
    `<header class="portal"><div class="portal-name">${text(input.portalName)}</div></header>`,
    '<main class="page">',
    '<article class="article">',
    meta.category.trim() ? `<div class="category">${text(meta.category)}</div>` : '',
    `<h1 class="title">${text(meta.title)}</h1>`,
    dateLine ? `<div class="date"><time datetime="${escapeAttribute(meta.date)}">${escapeText(dateLine)}</time></div>` : '',
    sapo ? `<div class="sapo"><p>${sapo}</p></div>` : '',
    '<div class="body">',
    input.fragment,
    '</div>',
    byline.length ? `<footer class="byline">${byline.map(text).join(' – ')}</footer>` : '',
    '</article>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ];
  return lines.filter((l, i) => l !== '' || i === lines.length - 1).join('\n');
}
