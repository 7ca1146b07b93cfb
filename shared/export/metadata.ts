import { formatNewsDateInput } from '../document/news-date-input';
import { countText } from '../text/word-count';
import { bodyText } from './body-text';
import { cleanText, escapeAttribute } from './html-escape';
import type { ExportArticle, FigureNode } from './export-node';
import { captionPieces } from './portal-html';
import { imageUrl } from './renditions';

/**
 * metadata.json: the article's fields as the portal's publishing page wants them, each value
 * with the SharePoint field it goes to, so that the web team (or a script) fills the page
 * field by field: Title, Comments (the sapô), PublishingPageContent (article.html),
 * PublishingPageImage and PublishingRollupImage (an <img> fragment, as SharePoint stores image
 * fields), PublishingImageCaption, ArticleByLine, ArticleStartDate.
 */

export const SHAREPOINT_FIELDS = [
  'Title',
  'Comments',
  'PublishingPageContent',
  'PublishingPageImage',
  'PublishingRollupImage',
  'PublishingImageCaption',
  'ArticleByLine',
  'ArticleStartDate',
] as const;

export type SharePointField = (typeof SHAREPOINT_FIELDS)[number];

export interface PackageImage {
  /** Path inside the package: images/<name>. */
  file: string;
  /** The address the portal serves it from (the profile's image base + name). */
  url: string;
  width: number;
  height: number;
}

export interface ExportMetadata {
  format: 'soantin-portal-package';
  version: 1;
  title: string;
  sapo: string;
  category: string;
  byline: string;
  source: string;
  date: { iso: string; display: string };
  mainPhoto: (PackageImage & { alt: string; caption: string }) | null;
  thumbnail: PackageImage | null;
  keywords: string[];
  wordCount: number;
  /** What goes into each field of the portal's publishing page, and from where. */
  sharePoint: Record<SharePointField, { from: string; value: string }>;
}

export interface MetadataInput {
  article: ExportArticle;
  /** The verified fragment (article.html). */
  fragment: string;
  /** The first photo and the images made of it, or null when the article has none. */
  main: { figure: FigureNode; image: PackageImage; thumbnail: PackageImage } | null;
}

const one = (s: string) => cleanText(s).replace(/\s+/g, ' ').trim();

/** An image field's value, as SharePoint keeps it: an <img> fragment. */
export function imageFieldHtml(image: PackageImage, alt: string): string {
  return `<img src="${escapeAttribute(image.url)}" alt="${escapeAttribute(one(alt))}" width="${image.width}" height="${image.height}">`;
}

export function captionText(figure: FigureNode): string {
  return one(captionPieces(figure).map((p) => (p.br ? ' ' : p.text)).join(''));
}

export function exportMetadata({ article, fragment, main }: MetadataInput): ExportMetadata {
  const { meta } = article;
  const title = one(meta.title);
  const sapo = cleanText(meta.sapo).trim();
  const byline = one(meta.author);
  const date = { iso: meta.date, display: formatNewsDateInput(meta.date) };
  const caption = main ? captionText(main.figure) : '';
  const mainPhoto = main ? { ...main.image, alt: one(main.figure.alt), caption } : null;
  const thumbnail = main ? main.thumbnail : null;
  return {
    format: 'soantin-portal-package',
    version: 1,
    title,
    sapo,
    category: one(meta.category),
    byline,
    source: one(meta.source),
    date,
    mainPhoto,
    thumbnail,
    keywords: meta.keywords.map(one).filter(Boolean),
    wordCount: countText(bodyText(article.body.root)).words,
    sharePoint: {
      Title: { from: 'title', value: title },
      Comments: { from: 'sapo', value: sapo },
      PublishingPageContent: { from: 'article.html', value: fragment },
      PublishingPageImage: { from: 'mainPhoto', value: mainPhoto ? imageFieldHtml(mainPhoto, mainPhoto.alt) : '' },
      PublishingRollupImage: { from: 'thumbnail', value: thumbnail && mainPhoto ? imageFieldHtml(thumbnail, mainPhoto.alt) : '' },
      PublishingImageCaption: { from: 'mainPhoto.caption', value: caption },
      ArticleByLine: { from: 'byline', value: byline },
      ArticleStartDate: { from: 'date.iso', value: date.iso },
    },
  };
}

/** The image record of a file in images/ for a base address. */
export function packageImage(base: string, name: string, width: number, height: number): PackageImage {
  return { file: `images/${name}`, url: imageUrl(base, name), width, height };
}
