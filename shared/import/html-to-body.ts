/**
 * Imported HTML (mammoth's output for a .docx, a page saved from Word or a portal) → the body's
 * serialized Lexical JSON, walked with parse5 (no DOM: this runs in the main process and the
 * command line). Only what the body knows comes across: paragraphs, h2/h3, quotes, nested
 * lists, tables with spans, bold/italic/underline/sub/superscript, safe links, line breaks, and
 * figures for photos the caller has already imported. Runs in TCVN3 or VNI faces are
 * converted run by run, as in a paste.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { HEADING_TAGS, TEXT_FORMAT, type SerializedBodyNode } from '../article/body-nodes';
import { classFontsOfHtml, convertLegacyRun, elementFontEncoding, mentionsLegacyFont } from '../paste/legacy-fonts';
import { isSafeHref } from '../paste/safe-href';
import type { FontEncoding } from '../text/legacy/font-encoding';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

/** A photo the caller imported for an <img src>: what a figure node needs. */
export interface ImportedFigure {
  media: string;
  width: number;
  height: number;
  alt: string;
}

export interface HtmlToBodyOptions {
  /** The figure for an <img>'s src, or null when the photo could not be read (its alt text is kept). */
  figureFor?: (src: string) => ImportedFigure | null;
}

export interface BodyBuild {
  blocks: SerializedBodyNode[];
  /** Runs converted from a legacy face. */
  legacyRuns: number;
  /** Images met that had no figure (kept as their alt text, or dropped when they had none). */
  missingPhotos: number;
  figures: ImportedFigure[];
}

const ELEMENT = { direction: null, format: '', indent: 0 } as const;
const DROPPED = new Set([
  'script', 'style', 'head', 'title', 'meta', 'link', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math',
  'video', 'audio', 'canvas', 'form', 'input', 'button', 'select', 'textarea', 'col', 'colgroup', 'hr', 'wbr', 'map',
]);
const HEADINGS: Record<string, (typeof HEADING_TAGS)[number]> = {
  h1: HEADING_TAGS[0],
  h2: HEADING_TAGS[0],
  h3: HEADING_TAGS[1],
  h4: HEADING_TAGS[HEADING_TAGS.length - 1],
  h5: HEADING_TAGS[HEADING_TAGS.length - 1],
  h6: HEADING_TAGS[HEADING_TAGS.length - 1],
};
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption', 'address', 'center', 'pre', 'dl', 'dt', 'dd', 'blockquote', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'body', 'html']);

const attr = (el: Element, name: string): string | null => el.attrs.find((a) => a.name === name)?.value ?? null;
const isElement = (node: Node): node is Element => 'tagName' in node;

interface Ctx {
  classFonts: ReadonlyMap<string, string>;
  figureFor: HtmlToBodyOptions['figureFor'];
  build: BodyBuild;
}

interface Inline {
  format: number;
  encoding: FontEncoding | null;
  href: string | null;
}

function fontOf(el: Element, inherited: FontEncoding | null, ctx: Ctx): FontEncoding | null {
  const own = elementFontEncoding({ style: attr(el, 'style'), face: el.tagName === 'font' ? attr(el, 'face') : null, className: attr(el, 'class') }, ctx.classFonts);
  return own === undefined ? inherited : own;
}

function formatOf(el: Element, format: number): number {
  const style = (attr(el, 'style') ?? '').toLowerCase();
  const tag = el.tagName;
  const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
  let f = format;
  if (tag === 'b' || tag === 'strong' || (weight !== undefined && (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600))) f |= TEXT_FORMAT.bold;
  if (weight !== undefined && !(weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) && tag !== 'b' && tag !== 'strong') f &= ~TEXT_FORMAT.bold;
  if (tag === 'i' || tag === 'em' || /font-style\s*:\s*(italic|oblique)/.test(style)) f |= TEXT_FORMAT.italic;
  if (tag === 'u' || tag === 'ins' || /text-decoration[a-z-]*\s*:[^;]*underline/.test(style)) f |= TEXT_FORMAT.underline;
  if (tag === 'sup') f |= TEXT_FORMAT.superscript;
  if (tag === 'sub') f |= TEXT_FORMAT.subscript;
  return f;
}

const textNode = (text: string, format: number): SerializedBodyNode => ({ detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 });
const paragraph = (children: SerializedBodyNode[]): SerializedBodyNode => ({ children, ...ELEMENT, textFormat: 0, textStyle: '', type: 'paragraph', version: 1 });

/** Inline content of a block, as Lexical children; images met are returned to be placed after the block. */
class InlineCollector {
  readonly nodes: SerializedBodyNode[] = [];
  readonly figures: SerializedBodyNode[] = [];
  constructor(private readonly ctx: Ctx) {}

  text(raw: string, inline: Inline): void {
    let text = raw.replace(/[\t\n\r ]+/g, ' ');
    if (text === '') return;
    if (inline.encoding) {
      const converted = convertLegacyRun(text, inline.encoding);
      if (converted !== text) this.ctx.build.legacyRuns += 1;
      text = converted;
    }
    text = text.normalize('NFC');
    const target = this.target(inline.href);
    const last = target.at(-1);
    if (last && last.type === 'text' && last.format === inline.format) last.text = `${last.text as string}${text}`;
    else target.push(textNode(text, inline.format));
  }

  lineBreak(href: string | null): void {
    this.target(href).push({ type: 'linebreak', version: 1 });
  }

  private target(href: string | null): SerializedBodyNode[] {
    if (href === null) return this.nodes;
    const last = this.nodes.at(-1);
    if (last && last.type === 'link' && last.url === href) return last.children!;
    const link: SerializedBodyNode = { children: [], rel: null, target: null, title: null, url: href, ...ELEMENT, type: 'link', version: 1 };
    this.nodes.push(link);
    return link.children!;
  }

  image(el: Element, inline: Inline): void {
    const src = attr(el, 'src') ?? '';
    const alt = (attr(el, 'alt') ?? '').trim().normalize('NFC');
    const figure = src ? this.ctx.figureFor?.(src) ?? null : null;
    if (figure) {
      this.ctx.build.figures.push(figure);
      this.figures.push({
        type: 'figure',
        version: 1,
        media: figure.media,
        width: figure.width,
        height: figure.height,
        alt: figure.alt || alt,
        caption: [],
        credit: '',
        size: 'full',
      });
      return;
    }
    this.ctx.build.missingPhotos += 1;
    // Alt text is an attribute, not a run: no legacy font draws it.
    if (alt) this.text(alt, { ...inline, encoding: null });
  }

  /** Children trimmed at the edges (HTML source spacing), empty text dropped. */
  finish(): SerializedBodyNode[] {
    const trimEdge = (nodes: SerializedBodyNode[], start: boolean) => {
      const node = start ? nodes[0] : nodes.at(-1);
      if (!node) return;
      if (node.type === 'text') {
        node.text = start ? (node.text as string).replace(/^ +/, '') : (node.text as string).replace(/ +$/, '');
        if (node.text === '') {
          if (start) nodes.shift();
          else nodes.pop();
          trimEdge(nodes, start);
        }
      } else if (node.type === 'link') {
        trimEdge(node.children!, start);
        if (node.children!.length === 0) {
          if (start) nodes.shift();
          else nodes.pop();
          trimEdge(nodes, start);
        }
      }
    };
    trimEdge(this.nodes, true);
    trimEdge(this.nodes, false);
    return this.nodes;
  }
}

function hasBlockChild(el: Element): boolean {
  return el.childNodes.some((c) => isElement(c) && (BLOCK_TAGS.has(c.tagName) || c.childNodes.length > 0 && hasBlockChild(c)) && c.tagName !== 'br');
}

/** Walks inline content into `into`. */
function inline(node: Node, into: InlineCollector, state: Inline, ctx: Ctx): void {
  if (node.nodeName === '#text') {
    into.text((node as DefaultTreeAdapterTypes.TextNode).value, state);
    return;
  }
  if (!isElement(node) || DROPPED.has(node.tagName) || node.tagName.includes(':')) return;
  const style = (attr(node, 'style') ?? '').toLowerCase();
  if (/display\s*:\s*none|visibility\s*:\s*hidden|mso-list\s*:\s*ignore/.test(style)) return;
  if (node.tagName === 'br') return into.lineBreak(state.href);
  if (node.tagName === 'img') return into.image(node, state);
  let href = state.href;
  if (node.tagName === 'a') {
    const target = (attr(node, 'href') ?? '').trim();
    // Mammoth's "↑" back-link of a footnote goes with its target.
    if (/^#footnote-ref-/.test(target)) return;
    if (isSafeHref(target) && href === null) href = target;
  }
  const next: Inline = { format: formatOf(node, state.format), encoding: fontOf(node, state.encoding, ctx), href };
  for (const child of node.childNodes) inline(child, into, next, ctx);
}

/** Blocks of a container (body, a table cell, a blockquote's paragraphs flattened). */
function blocks(parent: Element, out: SerializedBodyNode[], encoding: FontEncoding | null, ctx: Ctx, format = 0): void {
  let pending: InlineCollector | null = null;
  const flush = () => {
    if (!pending) return;
    const children = pending.finish();
    if (children.length > 0) out.push(paragraph(children));
    out.push(...pending.figures);
    pending = null;
  };
  for (const node of parent.childNodes) {
    if (isElement(node) && (BLOCK_TAGS.has(node.tagName) || hasBlockChild(node)) && !DROPPED.has(node.tagName)) {
      flush();
      block(node, out, encoding, ctx, format);
    } else {
      pending ??= new InlineCollector(ctx);
      inline(node, pending, { format, encoding, href: null }, ctx);
    }
  }
  flush();
}

function inlineBlock(el: Element, encoding: FontEncoding | null, ctx: Ctx, format: number): InlineCollector {
  const collector = new InlineCollector(ctx);
  for (const child of el.childNodes) inline(child, collector, { format, encoding, href: null }, ctx);
  return collector;
}

function block(el: Element, out: SerializedBodyNode[], inherited: FontEncoding | null, ctx: Ctx, format: number): void {
  const tag = el.tagName;
  const style = (attr(el, 'style') ?? '').toLowerCase();
  if (/display\s*:\s*none|visibility\s*:\s*hidden/.test(style)) return;
  const encoding = fontOf(el, inherited, ctx);
  if (tag in HEADINGS || tag === 'blockquote' || ((tag === 'p' || tag === 'pre') && !hasBlockChild(el))) {
    const collector = inlineBlock(el, encoding, ctx, tag === 'p' ? formatOf(el, format) : format);
    const children = collector.finish();
    if (children.length > 0) {
      if (tag in HEADINGS) out.push({ children, tag: HEADINGS[tag], ...ELEMENT, type: 'heading', version: 1 });
      else if (tag === 'blockquote') out.push({ children, ...ELEMENT, type: 'quote', version: 1 });
      else out.push(paragraph(children));
    }
    out.push(...collector.figures);
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    const list = listNode(el, encoding, ctx, out);
    if (list) out.push(list);
    return;
  }
  if (tag === 'table') {
    tableNode(el, encoding, ctx, out);
    return;
  }
  blocks(el, out, encoding, ctx, formatOf(el, format));
}

/** A list and its nested lists; figures inside items go after the list (a figure is a top-level block). */
function listNode(el: Element, encoding: FontEncoding | null, ctx: Ctx, outer: SerializedBodyNode[]): SerializedBodyNode | null {
  const listType = el.tagName === 'ol' ? 'number' : 'bullet';
  const items: SerializedBodyNode[] = [];
  const item = (children: SerializedBodyNode[]) => items.push({ children, value: items.length + 1, ...ELEMENT, type: 'listitem', version: 1 });
  for (const child of el.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === 'ul' || child.tagName === 'ol') {
      const nested = listNode(child, encoding, ctx, outer);
      if (nested) item([nested]);
      continue;
    }
    const itemEncoding = fontOf(child, encoding, ctx);
    const collector = new InlineCollector(ctx);
    const nestedLists: SerializedBodyNode[] = [];
    const visit = (node: Node, lineBreakBefore: boolean) => {
      if (isElement(node) && (node.tagName === 'ul' || node.tagName === 'ol')) {
        const nested = listNode(node, itemEncoding, ctx, outer);
        if (nested) nestedLists.push(nested);
      } else if (isElement(node) && node.tagName === 'p') {
        if (lineBreakBefore && collector.nodes.length > 0) collector.lineBreak(null);
        for (const c of node.childNodes) inline(c, collector, { format: formatOf(node, 0), encoding: fontOf(node, itemEncoding, ctx), href: null }, ctx);
      } else {
        inline(node, collector, { format: 0, encoding: itemEncoding, href: null }, ctx);
      }
    };
    for (const node of child.childNodes) visit(node, true);
    const children = collector.finish();
    if (children.length > 0) item(children);
    for (const nested of nestedLists) item([nested]);
    outer.push(...collector.figures);
  }
  if (items.length === 0) return null;
  return { children: items, listType, start: 1, tag: el.tagName, ...ELEMENT, type: 'list', version: 1 };
}

/** Appends the table (and after it any photo its cells held) to `outer`. */
function tableNode(el: Element, encoding: FontEncoding | null, ctx: Ctx, outer: SerializedBodyNode[]): void {
  const figures: SerializedBodyNode[] = [];
  const rows: SerializedBodyNode[] = [];
  const visitRows = (parent: Element) => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') visitRows(child);
      else if (child.tagName === 'tr') {
        const cells: SerializedBodyNode[] = [];
        for (const cell of child.childNodes) {
          if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
          const content: SerializedBodyNode[] = [];
          blocks(cell, content, fontOf(cell, encoding, ctx), ctx);
          // A figure is a top-level block: a photo in a cell goes after the table.
          const inCell = content.filter((n) => n.type !== 'figure');
          figures.push(...content.filter((n) => n.type === 'figure'));
          const span = (name: string) => {
            const n = Number(attr(cell, name));
            return Number.isInteger(n) && n > 1 && n <= 50 ? n : 1;
          };
          cells.push({
            children: inCell.length > 0 ? inCell : [paragraph([])],
            backgroundColor: null,
            colSpan: span('colspan'),
            headerState: cell.tagName === 'th' ? 1 : 0,
            rowSpan: span('rowspan'),
            ...ELEMENT,
            type: 'tablecell',
            version: 1,
          });
        }
        if (cells.length > 0) rows.push({ children: cells, ...ELEMENT, type: 'tablerow', version: 1 });
      }
    }
  };
  visitRows(el);
  const table: SerializedBodyNode | null = rows.length > 0 ? { children: rows, ...ELEMENT, type: 'table', version: 1 } : null;
  if (table) {
    outer.push(table);
    outer.push(...figures);
  }
}

/** The body blocks of an HTML document (or fragment). */
export function htmlToBody(html: string, options: HtmlToBodyOptions = {}): BodyBuild {
  const build: BodyBuild = { blocks: [], legacyRuns: 0, missingPhotos: 0, figures: [] };
  const ctx: Ctx = { classFonts: mentionsLegacyFont(html) ? classFontsOfHtml(html) : new Map(), figureFor: options.figureFor, build };
  const document = parse(html);
  const htmlEl = document.childNodes.find(isElement);
  const body = htmlEl?.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'body');
  if (body) blocks(body, build.blocks, fontOf(body, null, ctx), ctx);
  return build;
}
