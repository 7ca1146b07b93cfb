import { isSafeHref } from '../paste/safe-href';
import { cleanText, escapeAttribute, escapeText } from './html-escape';
import { childrenOf, formatBits, TEXT_FORMAT, type ExportNode } from './export-node';
import { DROP, NBSP, SPACE, spaceDecisions } from './space-runs';

/**
 * Inline content (text, line breaks, tabs, links) of one block as HTML. The block's runs are
 * first flattened into pieces of text that carry their format and their link, so that spaces
 * are judged over the whole line (a run of spaces may cross a bold word) and formats nest the
 * same way whatever the node boundaries were.
 *
 * Formats: bold → strong, italic → em, underline → u, subscript → sub, superscript → sup, always
 * nested in that order so that equal text gives equal bytes. Strikethrough and code have no tag
 * in the portal's allow-list: their text is published plain (the checks before export warn).
 */

export interface InlineLink {
  href: string;
}

export interface InlinePiece {
  text: string;
  format: number;
  link: InlineLink | null;
  /** A line break: written as <br>, never wrapped in formats. */
  br?: true;
}

export interface InlineClasses {
  a?: string;
}

const INLINE_FORMAT_TAGS: readonly [number, string][] = [
  [TEXT_FORMAT.bold, 'strong'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.underline, 'u'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
];

const BLOCK_IN_INLINE = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'table', 'tablerow', 'tablecell']);

/** Flattens inline nodes into pieces. A link inside a link keeps the outer one (HTML cannot nest them). */
export function inlinePieces(nodes: readonly ExportNode[], out: InlinePiece[] = [], link: InlineLink | null = null, depth = 0): InlinePiece[] {
  if (depth > MAX_INLINE_DEPTH) throw new RangeError('inline content nested too deeply');
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (typeof node.text === 'string') pushText(out, node.text, formatBits(node.format), link);
        break;
      case 'tab':
        out.push({ text: '\t', format: formatBits(node.format), link });
        break;
      case 'linebreak':
        out.push({ text: '\n', format: 0, link, br: true });
        break;
      case 'link':
      case 'autolink': {
        const target = link ?? safeLink(node.url);
        inlinePieces(childrenOf(node), out, target, depth + 1);
        break;
      }
      case 'figure':
        break; // a photo is a block of its own; inside a line it is not published
      default: {
        // A block met inside a line (a hostile or future draft): its text on a line of its own.
        if (BLOCK_IN_INLINE.has(node.type) && out.length > 0) out.push({ text: '\n', format: 0, link, br: true });
        if (typeof node.text === 'string') pushText(out, node.text, formatBits(node.format), link);
        inlinePieces(childrenOf(node), out, link, depth + 1);
      }
    }
  }
  return out;
}

const MAX_INLINE_DEPTH = 200;

function safeLink(url: unknown): InlineLink | null {
  if (typeof url !== 'string') return null;
  const href = url.trim().normalize('NFC');
  return isSafeHref(href) ? { href } : null;
}

const LINE_BREAKS = /\r\n|\r|\n/;

/** Text with line breaks inside it (a hostile draft, the sapô's textarea): each break becomes a <br>. */
export function pushText(out: InlinePiece[], raw: string, format: number, link: InlineLink | null): void {
  const text = cleanText(raw);
  if (!LINE_BREAKS.test(text)) {
    if (text !== '') out.push({ text, format, link });
    return;
  }
  text.split(LINE_BREAKS).forEach((line, i) => {
    if (i > 0) out.push({ text: '\n', format: 0, link, br: true });
    if (line !== '') out.push({ text: line, format, link });
  });
}

/** The pieces as HTML; '' when nothing visible is left (an empty paragraph). */
export function piecesToHtml(pieces: readonly InlinePiece[], classes: InlineClasses = {}): string {
  if (pieces.length === 0) return '';
  const whole = pieces.length === 1 ? pieces[0].text : pieces.map((p) => p.text).join('');
  const decisions = spaceDecisions(whole);
  const linkClass = classes.a ? ` class="${escapeAttribute(classes.a)}"` : '';

  let html = '';
  let open: string[] = [];
  let openLink: InlineLink | null = null;
  let offset = 0;
  const closeFormats = (keep: number) => {
    for (let i = open.length - 1; i >= keep; i--) html += `</${open[i]}>`;
    open = open.slice(0, keep);
  };

  for (const piece of pieces) {
    const start = offset;
    offset += piece.text.length;
    const text = decisions ? applyDecisions(piece.text, decisions, start) : piece.text;
    if (text === '') continue;
    if (piece.link !== openLink) {
      closeFormats(0);
      if (openLink) html += '</a>';
      if (piece.link) html += `<a href="${escapeAttribute(piece.link.href)}"${linkClass}>`;
      openLink = piece.link;
    }
    if (piece.br) {
      html += '<br>';
      continue;
    }
    const wanted = formatTags(piece.format);
    let common = 0;
    while (common < open.length && common < wanted.length && open[common] === wanted[common]) common++;
    closeFormats(common);
    for (let i = common; i < wanted.length; i++) html += `<${wanted[i]}>`;
    open = wanted;
    html += escapeText(text);
  }
  closeFormats(0);
  if (openLink) html += '</a>';
  return html;
}

function formatTags(format: number): string[] {
  if (format === 0) return [];
  const tags: string[] = [];
  for (const [bit, tag] of INLINE_FORMAT_TAGS) if (format & bit) tags.push(tag);
  return tags;
}

function applyDecisions(text: string, decisions: Uint8Array, start: number): string {
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    if (decisions[start + i] !== 0) {
      changed = true;
      break;
    }
  }
  if (!changed) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const d = decisions[start + i];
    if (d === DROP) continue;
    out += d === NBSP ? '\u00a0' : d === SPACE ? ' ' : text[i];
  }
  return out;
}

/** Inline nodes straight to HTML. */
export function inlineHtml(nodes: readonly ExportNode[], classes: InlineClasses = {}): string {
  return piecesToHtml(inlinePieces(nodes), classes);
}
