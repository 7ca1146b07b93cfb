import { escapeAttribute } from './html-escape';
import { childrenOf, readFigure, TEXT_FORMAT, type ExportArticle, type ExportNode, type FigureNode } from './export-node';
import { inlineHtml, piecesToHtml, pushText, type InlineClasses, type InlinePiece } from './inline-html';
import type { ClassNameKey, PortalProfile } from './portal-profile';
import { imageUrl, planFigure, srcset, type FigurePlan } from './renditions';
import { articleSlug } from './slug';
import { isUntouchedPlaceholder } from '../templates/template-mark';

/**
 * The article as the HTML fragment for the portal's body field (PublishingPageContent), by our
 * own walk over the saved JSON (Lexical's clipboard HTML carries classes, inline styles and
 * pre-wrap spans). Only the allow-list of allow-list.ts comes out; the same article gives the
 * same bytes (attributes in a fixed order, blocks one per line).
 *
 * Choices the portal's allow-list forces:
 * - alignment and indent have no attribute to go to: dropped, unless the profile names classes;
 * - a numbered list always counts from 1 (no `start`); a checklist is a bulleted list;
 * - h1 is written h2, h4–h6 are written h3;
 * - empty paragraphs, list items and tables are left out: the portal's stylesheet spaces blocks;
 * - a photo is a top-level block: one met inside another block is not published.
 */

export interface PortalHtmlOptions {
  profile: PortalProfile;
  /** File-name stem of the photos; the title's slug by default. */
  slug?: string;
  /** Where the photos are served from; the profile's by default (the preview passes "images/"). */
  imageBaseUrl?: string;
  /** The files photo `n` becomes; by default planned from the figure's own size. Null leaves the photo out. */
  plan?: (figure: FigureNode, n: number) => FigurePlan | null;
  /** Whether the sapô opens the fragment; the profile's by default. */
  sapoInBody?: boolean;
}

const MAX_DEPTH = 100;

const ALIGN_CLASS: Record<string, ClassNameKey> = {
  left: 'alignLeft',
  start: 'alignLeft',
  center: 'alignCenter',
  right: 'alignRight',
  end: 'alignRight',
  justify: 'alignJustify',
};

export function renderPortalHtml(article: ExportArticle, options: PortalHtmlOptions): string {
  const { profile } = options;
  const slug = options.slug ?? articleSlug(article.meta.title);
  const base = options.imageBaseUrl ?? profile.imageBaseUrl;
  const plan = options.plan ?? ((figure: FigureNode, n: number) => planFigure(figure, n, slug, profile));
  const writer = new BlockWriter(profile, base, plan);
  const blocks: string[] = [];
  if (options.sapoInBody ?? profile.sapoInBody) {
    const pieces: InlinePiece[] = [];
    pushText(pieces, article.meta.sapo, TEXT_FORMAT.bold, null);
    const inner = piecesToHtml(pieces, writer.inlineClasses);
    if (inner) blocks.push(`<p${writer.classAttr('sapo')}>${inner}</p>`);
  }
  writer.blocks(childrenOf(article.body.root), blocks, 0, true);
  return blocks.join('\n');
}

class BlockWriter {
  readonly inlineClasses: InlineClasses;
  private figureCount = 0;

  constructor(
    private readonly profile: PortalProfile,
    private readonly base: string,
    private readonly plan: (figure: FigureNode, n: number) => FigurePlan | null,
  ) {
    this.inlineClasses = { a: profile.classNames.a };
  }

  classAttr(...keys: (ClassNameKey | undefined)[]): string {
    const names = keys.flatMap((k) => (k && this.profile.classNames[k] ? [this.profile.classNames[k]!] : []));
    return names.length ? ` class="${escapeAttribute(names.join(' '))}"` : '';
  }

  /** Block children into `out`; runs of inline nodes between blocks become paragraphs. */
  blocks(nodes: readonly ExportNode[], out: string[], depth: number, topLevel: boolean): void {
    if (depth > MAX_DEPTH) throw new RangeError('the body is nested too deeply to publish');
    let loose: ExportNode[] = [];
    const flush = () => {
      if (loose.length === 0) return;
      const inner = inlineHtml(loose, this.inlineClasses);
      if (inner) out.push(`<p${this.classAttr('p')}>${inner}</p>`);
      loose = [];
    };
    for (const node of nodes) {
      if (isInline(node)) {
        loose.push(node);
        continue;
      }
      flush();
      const html = this.block(node, depth, topLevel);
      if (html) out.push(html);
    }
    flush();
  }

  private block(node: ExportNode, depth: number, topLevel: boolean): string {
    switch (node.type) {
      case 'paragraph':
        // A template's greyed placeholder that nobody typed over is not part of the article.
        return isUntouchedPlaceholder(node) ? '' : this.textBlock('p', 'p', node);
      case 'heading': {
        const tag = node.tag === 'h1' || node.tag === 'h2' ? 'h2' : 'h3';
        return this.textBlock(tag, tag, node);
      }
      case 'quote':
        return this.textBlock('blockquote', 'blockquote', node);
      case 'list':
        return this.list(node, depth);
      case 'table':
        return this.table(node, depth);
      case 'figure':
        return topLevel ? this.figure(readFigure(node)!) : '';
      default: {
        // A node this version does not know: its blocks, or its text as a paragraph.
        const kids = childrenOf(node);
        if (kids.length > 0 && kids.every(isInline)) return this.textBlock('p', 'p', node);
        const inner: string[] = [];
        this.blocks(kids, inner, depth + 1, false);
        return inner.join('\n');
      }
    }
  }

  private textBlock(tag: string, classKey: ClassNameKey, node: ExportNode): string {
    const inner = inlineHtml(childrenOf(node), this.inlineClasses);
    if (!inner) return '';
    const align = typeof node.format === 'string' ? ALIGN_CLASS[node.format] : undefined;
    return `<${tag}${this.classAttr(classKey, align)}>${inner}</${tag}>`;
  }

  private list(node: ExportNode, depth: number): string {
    if (depth > MAX_DEPTH) throw new RangeError('the body is nested too deeply to publish');
    const tag = node.listType === 'number' ? 'ol' : 'ul';
    // A nested list is saved as an item holding only that list: in HTML it belongs inside the
    // item before it.
    const items: { inner: string; lists: string[] }[] = [];
    for (const item of childrenOf(node)) {
      const kids = item.type === 'listitem' ? childrenOf(item) : [item];
      const lists = kids.filter((k) => k.type === 'list').map((k) => this.list(k, depth + 1)).filter(Boolean);
      const inner = inlineHtml(kids.filter((k) => k.type !== 'list'), this.inlineClasses);
      if (!inner && lists.length === 0) continue;
      if (!inner && items.length > 0) items[items.length - 1].lists.push(...lists);
      else items.push({ inner, lists });
    }
    if (items.length === 0) return '';
    const li = this.classAttr('li');
    const body = items.map(({ inner, lists }) => `<li${li}>${inner}${lists.join('')}</li>`).join('\n');
    return `<${tag}${this.classAttr(tag)}>\n${body}\n</${tag}>`;
  }

  private table(node: ExportNode, depth: number): string {
    const rows = childrenOf(node).filter((r) => r.type === 'tablerow').map((r) => childrenOf(r).filter((c) => c.type === 'tablecell'));
    const nonEmpty = rows.filter((cells) => cells.length > 0);
    if (nonEmpty.length === 0) return '';
    // Leading rows whose every cell is a header cell are the table's head.
    let headRows = 0;
    while (headRows < nonEmpty.length && nonEmpty[headRows].every((c) => headerState(c) & ROW_HEADER)) headRows++;
    const row = (cells: ExportNode[], inHead: boolean) =>
      `<tr>${cells.map((c) => this.cell(c, inHead, depth)).join('')}</tr>`;
    const parts: string[] = [];
    if (headRows > 0) parts.push(`<thead>\n${nonEmpty.slice(0, headRows).map((r) => row(r, true)).join('\n')}\n</thead>`);
    if (headRows < nonEmpty.length) parts.push(`<tbody>\n${nonEmpty.slice(headRows).map((r) => row(r, false)).join('\n')}\n</tbody>`);
    return `<table${this.classAttr('table')}>\n${parts.join('\n')}\n</table>`;
  }

  private cell(cell: ExportNode, inHead: boolean, depth: number): string {
    const state = headerState(cell);
    const scope = inHead || state & ROW_HEADER ? 'col' : state & COLUMN_HEADER ? 'row' : null;
    const spans = span('colspan', cell.colSpan, 1000) + span('rowspan', cell.rowSpan, 65534);
    const kids = childrenOf(cell);
    let inner: string;
    if (kids.length === 1 && kids[0].type === 'paragraph') inner = inlineHtml(childrenOf(kids[0]), this.inlineClasses);
    else if (kids.every(isInline)) inner = inlineHtml(kids, this.inlineClasses);
    else {
      const blocks: string[] = [];
      this.blocks(kids, blocks, depth + 1, false);
      inner = blocks.join('');
    }
    return scope ? `<th scope="${scope}"${spans}>${inner}</th>` : `<td${spans}>${inner}</td>`;
  }

  private figure(figure: FigureNode): string {
    const n = ++this.figureCount;
    const plan = this.plan(figure, n);
    if (!plan) return '';
    const alt = escapeAttribute(figure.alt.normalize('NFC').replace(/\s+/g, ' ').trim());
    const img =
      `<img${this.classAttr('img')} src="${escapeAttribute(imageUrl(this.base, plan.src.name))}" alt="${alt}"` +
      ` width="${plan.display.width}" height="${plan.display.height}"` +
      ` srcset="${escapeAttribute(srcset(this.base, plan.jpeg))}" sizes="${plan.sizes}" loading="lazy">`;
    const media =
      plan.webp.length > 0
        ? `<picture${this.classAttr('picture')}><source type="image/webp" srcset="${escapeAttribute(srcset(this.base, plan.webp))}">${img}</picture>`
        : img;
    const caption = captionHtml(figure, this.inlineClasses);
    const figcaption = caption ? `<figcaption${this.classAttr('figcaption')}>${caption}</figcaption>` : '';
    const sizeKey: ClassNameKey = figure.size === 'half' ? 'figureHalf' : figure.size === 'original' ? 'figureOriginal' : 'figureFull';
    return `<figure${this.classAttr('figure', sizeKey)}>${media}${figcaption}</figure>`;
  }
}

const ROW_HEADER = 1;
const COLUMN_HEADER = 2;

function headerState(cell: ExportNode): number {
  return typeof cell.headerState === 'number' && Number.isInteger(cell.headerState) ? cell.headerState & 3 : 0;
}

function span(name: string, value: unknown, max: number): string {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? ` ${name}="${Math.min(value, max)}"` : '';
}

const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink']);

function isInline(node: ExportNode): boolean {
  return INLINE_TYPES.has(node.type);
}

/** "Credit" written "Ảnh: Credit" after the caption, in brackets when a caption is there. */
export function captionPieces(figure: FigureNode): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  for (const run of figure.caption) pushText(pieces, run.text, run.format, null);
  const hasCaption = pieces.some((p) => !p.br && p.text.trim() !== '');
  const credit = creditText(figure.credit);
  if (credit) pushText(pieces, hasCaption ? ` (Ảnh: ${credit})` : `Ảnh: ${credit}`, 0, null);
  return hasCaption || credit ? pieces : [];
}

/** The photographer's name without a leading "Ảnh:" the officer may have typed already. */
export function creditText(credit: string): string {
  return credit
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^ảnh\s*[:：]\s*/iu, '')
    .trim();
}

function captionHtml(figure: FigureNode, classes: InlineClasses): string {
  return piecesToHtml(captionPieces(figure), classes);
}

