import { liftPictureMarkers, PICTURE_MARKER, takePicture, takeShapePictures, type PastedPicture } from './pasted-pictures';
import { HEADING_TAGS } from '../../../../shared/article/body-nodes';
import { classFontsOfHtml, mentionsLegacyFont } from '../../../../shared/paste/legacy-fonts';
import { isSafeHref } from '../../../../shared/paste/safe-href';
import { convertLegacyRuns } from './legacy-runs';
import { noneDropped, type PasteDropped } from './paste-report';

/**
 * Pasted HTML (Word, Google Docs, web pages) rebuilt into the few elements our body knows:
 * p, h2, h3, blockquote, ul/ol/li, table/tr/td/th, strong, em, u, a[href], br (Word's list
 * paragraphs become real, nested lists). Nothing is
 * copied across but those elements, an allowed href and table spans: no class, style, id or
 * handler survives, and scripts, styles, images and Word's o:p are dropped with their content.
 * Runs typed in a TCVN3 or VNI face (.VnTime, .VnTimeH, VNI-Times…) are converted to Unicode
 * first, each in its own font's encoding (legacy-runs.ts).
 * The result is a fresh document, ready for Lexical's $generateNodesFromDOM.
 */
export function cleanPastedHtml(html: string, parser: Pick<DOMParser, 'parseFromString'>): Document {
  return cleanPaste(html, parser).document;
}

/** The cleaned document and what the rebuild left out that the officer could see in the source. */
export interface CleanedPaste {
  document: Document;
  dropped: PasteDropped;
  /** Pictures to bring in as figures, in order; their markers stand at the top level of the document. */
  pictures: PastedPicture[];
}

export function cleanPaste(html: string, parser: Pick<DOMParser, 'parseFromString'>): CleanedPaste {
  const source = parser.parseFromString(defuseAttributes(html), 'text/html');
  if (mentionsLegacyFont(html)) convertLegacyRuns(source.body, classFontsOfHtml(html));
  const out = parser.parseFromString('<!DOCTYPE html><html><head></head><body></body></html>', 'text/html');
  const state: RebuildState = { dropped: noneDropped(), pre: 0, pictures: [] };
  states.set(out, state);
  children(source.body, out.body, out);
  liftPictureMarkers(out.body);
  return { document: out, dropped: state.dropped, pictures: state.pictures };
}

/** Per rebuild (keyed by its output document): what was dropped, and whether we are inside a <pre>. */
interface RebuildState {
  dropped: PasteDropped;
  pre: number;
  pictures: PastedPicture[];
}
const states = new WeakMap<Document, RebuildState>();
const stateOf = (out: Document): RebuildState => states.get(out) ?? { dropped: noneDropped(), pre: 0, pictures: [] };

// A start tag with its attributes, quoted values allowed to hold '>'.
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const ATTRIBUTE = /(\s)([^\s/>"'=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * The parsed copy inherits the page's Content-Security-Policy, which reports every inline
 * handler and style attribute it meets: hundreds for one Word paste. Handlers are removed and
 * styles renamed before parsing. This is only for quiet and speed; safety comes from the
 * rebuild below, which copies nothing it does not know.
 */
export function defuseAttributes(html: string): string {
  // Style sheets are reported too (and Word sends long ones); scripts would be dropped anyway.
  const withoutBlocks = html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  return withoutBlocks.replace(START_TAG, (tag) =>
    tag.replace(ATTRIBUTE, (whole, space: string, name: string, value: string | undefined) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) return '';
      if (lower === 'style') return `${space}data-st-style${value ?? ''}`;
      return whole;
    }),
  );
}

/** Dropped with their content but seen in the source: the officer is told (paste-report.ts). */
const VISIBLE_DROPPED = new Set([
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'video', 'audio', 'canvas',
  'input', 'button', 'select', 'textarea', 'form', 'hr', 'caption',
]);

const DROPPED = new Set([
  'script', 'style', 'meta', 'link', 'title', 'head', 'base', 'template', 'noscript', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'video', 'audio', 'canvas', 'img', 'picture',
  'source', 'track', 'map', 'input', 'button', 'select', 'option', 'textarea', 'form', 'o:p', 'xml',
  'col', 'colgroup', 'caption', 'hr', 'wbr',
]);

/** HTML's six heading levels onto the body's (shared registry): h1 to the first, h4–h6 to the last. */
const HEADINGS: Record<string, string> = Object.fromEntries(
  ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag, level) => [tag, HEADING_TAGS[Math.min(Math.max(level - 1, 0), HEADING_TAGS.length - 1)]]),
);

/** Elements that lay out blocks on web pages; we keep their text as paragraphs. */
const BLOCKISH = new Set([
  'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption',
  'address', 'center', 'pre', 'dl', 'dt', 'dd', 'details', 'summary', 'hgroup', 'body', 'html', 'li',
  'tr', 'td', 'th',
]);

const BLOCK_SELECTOR =
  'p,h1,h2,h3,h4,h5,h6,blockquote,ul,ol,li,table,tr,td,th,div,section,article,header,footer,main,aside,nav,figure,figcaption,address,center,pre,dl,dt,dd,details,summary,hgroup';

/** Where a paragraph may stand: the body and table cells (a quote or list item holds only text). */
const CONTAINERS = new Set(['body', 'td', 'th']);

function convert(node: Node, parent: Element, out: Document): void {
  if (node.nodeType === 3) {
    appendText(node.nodeValue ?? '', parent, out);
    return;
  }
  if (node.nodeType !== 1) return; // comments, processing instructions, Word's <![if …]>
  const el = node as Element;
  const tag = el.nodeName.toLowerCase();
  if (tag === 'img' && takePicture(el, parent, out, stateOf(out).pictures)) return;
  if (DROPPED.has(tag)) {
    noteDropped(el, tag, out);
    return;
  }
  if (tag.includes(':')) {
    // Word's own markup: o:p, VML drawings (v:shape, its text boxes and pictures) and Office math
    // go; wrappers of text such as content controls (w:Sdt) and smart tags (st1:place) keep it.
    if (/^(o|v|m):/.test(tag)) {
      if (!takeShapePictures(el, tag, parent, out, stateOf(out).pictures)) noteDropped(el, tag, out);
    }
    else children(el, parent, out);
    return;
  }
  const style = (el.getAttribute('data-st-style') ?? el.getAttribute('style') ?? '').toLowerCase();
  if (/mso-list\s*:\s*ignore/.test(style)) return; // Word's typed bullet glyph
  if (/display\s*:\s*none|visibility\s*:\s*hidden/.test(style)) return;
  // Word's fallback for a floating text box or picture: positioned boxes that cannot stand in the text.
  if (/mso-ignore\s*:\s*vglayout/.test(style)) {
    noteDropped(el, 'v:textbox', out);
    return;
  }
  if (isAligned(el, tag, style)) stateOf(out).dropped.alignment = true;
  const into = parent.nodeName.toLowerCase();

  if (tag === 'br') {
    if (!['table', 'tr', 'ul', 'ol'].includes(into)) parent.appendChild(out.createElement('br'));
    return;
  }
  if (tag === 'a') {
    const href = (el.getAttribute('href') ?? '').trim();
    if (isSafeHref(href) && !insideLink(parent)) {
      const a = out.createElement('a');
      a.setAttribute('href', href);
      children(el, a, out);
      if (a.childNodes.length > 0) parent.appendChild(a);
    } else {
      children(el, parent, out);
    }
    return;
  }
  if (tag === 'p' || tag in HEADINGS) {
    block(el, HEADINGS[tag] ?? 'p', parent, out);
    return;
  }
  if (tag === 'blockquote') {
    block(el, 'blockquote', parent, out);
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    const list = out.createElement(tag);
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1 && child.nodeName.toLowerCase() !== 'li' && !/^(ul|ol)$/i.test(child.nodeName)) {
        const li = out.createElement('li');
        convert(child, li, out);
        if (hasText(li)) list.appendChild(li);
      } else {
        convert(child, list, out);
      }
    }
    if (list.childNodes.length > 0) parent.appendChild(list);
    return;
  }
  if (tag === 'li' && (into === 'ul' || into === 'ol')) {
    const li = out.createElement('li');
    children(el, li, out);
    if (hasText(li) || li.querySelector('ul,ol')) parent.appendChild(li);
    return;
  }
  if (tag === 'table') {
    const table = out.createElement('table');
    children(el, table, out);
    if (table.querySelector('td,th')) parent.appendChild(table);
    return;
  }
  if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
    children(el, parent, out);
    return;
  }
  if (tag === 'tr' && into === 'table') {
    const tr = out.createElement('tr');
    children(el, tr, out);
    if (tr.childNodes.length > 0) parent.appendChild(tr);
    return;
  }
  if ((tag === 'td' || tag === 'th') && into === 'tr') {
    const cell = out.createElement(tag);
    for (const name of ['colspan', 'rowspan']) {
      const span = Number(el.getAttribute(name));
      if (Number.isInteger(span) && span > 1 && span <= 50) cell.setAttribute(name, String(span));
    }
    children(el, cell, out);
    parent.appendChild(cell);
    return;
  }
  if (BLOCKISH.has(tag)) {
    // Preformatted text (a program's output, a table typed with spaces) keeps its lines.
    const state = stateOf(out);
    if (tag === 'pre') state.pre += 1;
    try {
      // A layout box holding blocks is transparent; one holding only text is a paragraph.
      if (el.querySelector(BLOCK_SELECTOR) || !CONTAINERS.has(into)) {
        if (!CONTAINERS.has(into) && into !== 'li' && parent.childNodes.length > 0 && !el.querySelector(BLOCK_SELECTOR)) {
          parent.appendChild(out.createElement('br'));
        }
        children(el, parent, out);
      } else {
        block(el, 'p', parent, out);
      }
    } finally {
      if (tag === 'pre') state.pre -= 1;
    }
    return;
  }
  inline(el, tag, style, parent, out);
}

/** strong, em, u from tags or from the inline styles Google Docs and web pages use. */
function inline(el: Element, tag: string, style: string, parent: Element, out: Document): void {
  if (el.querySelector(BLOCK_SELECTOR)) {
    // An inline wrapper around blocks (Google Docs' <b id="docs-internal-guid-…">) carries no format.
    children(el, parent, out);
    return;
  }
  if (isHighlighted(tag, style) && hasText(el)) stateOf(out).dropped.highlight = true;
  // Whole declarations only: Word writes mso-bidi-font-weight:normal (the weight of right-to-left
  // scripts) on its bold runs, which is not the run's own weight.
  const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
  const styledBold = weight !== undefined && (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600);
  const styledNormal = weight !== undefined && !styledBold;
  const wrappers: string[] = [];
  if (((tag === 'b' || tag === 'strong') && !styledNormal) || styledBold) wrappers.push('strong');
  if (tag === 'i' || tag === 'em' || /(?:^|;)\s*font-style\s*:\s*(italic|oblique)/.test(style)) wrappers.push('em');
  if (tag === 'u' || tag === 'ins' || /text-decoration[a-z-]*\s*:[^;]*underline/.test(style)) wrappers.push('u');
  if (tag === 's' || tag === 'del' || tag === 'strike' || /text-decoration[a-z-]*\s*:[^;]*line-through/.test(style)) wrappers.push('s');
  // m², CO₂: Word writes <sup>/<sub> or a vertical-align style.
  const shift = /vertical-align\s*:\s*(super|sub)/.exec(style)?.[1];
  if (tag === 'sup' || shift === 'super') wrappers.push('sup');
  else if (tag === 'sub' || shift === 'sub') wrappers.push('sub');
  let target = parent;
  for (const name of wrappers) {
    if (insideTag(target, name)) continue;
    const w = out.createElement(name);
    target.appendChild(w);
    target = w;
  }
  children(el, target, out);
  // Drop wrappers left empty (a bold span around an image, for instance).
  let t: Element = target;
  while (t !== parent && t.childNodes.length === 0) {
    const up = t.parentElement as Element;
    t.remove();
    t = up;
  }
}

function block(el: Element, name: string, parent: Element, out: Document): void {
  const into = parent.nodeName.toLowerCase();
  if (!CONTAINERS.has(into)) {
    // A paragraph inside a list item or another paragraph: keep its text on its own line.
    if (parent.childNodes.length > 0 && into !== 'table' && into !== 'tr') parent.appendChild(out.createElement('br'));
    children(el, parent, out);
    return;
  }
  const b = out.createElement(name);
  children(el, b, out);
  // A paragraph holding only a picture stays for the picture's sake (its marker is lifted out later).
  if (hasText(b) || b.getElementsByTagName(PICTURE_MARKER).length > 0) parent.appendChild(b);
}

function children(from: Element, to: Element, out: Document): void {
  const nodes = Array.from(from.childNodes);
  for (let i = 0; i < nodes.length; i += 1) {
    if (CONTAINERS.has(to.nodeName.toLowerCase()) && wordListLevel(nodes[i]) !== null) {
      i = wordList(nodes, i, to, out) - 1;
      continue;
    }
    convert(nodes[i], to, out);
  }
}

/**
 * Word pastes a list as paragraphs styled `mso-list: l0 level2 lfo1`, each with its typed
 * bullet or number in a `mso-list: Ignore` span. The level of such a paragraph, or null.
 */
function wordListLevel(node: Node): number | null {
  if (node.nodeType !== 1 || node.nodeName.toLowerCase() !== 'p') return null;
  const style = ((node as Element).getAttribute('data-st-style') ?? (node as Element).getAttribute('style') ?? '').toLowerCase();
  const m = /mso-list\s*:\s*l\d+\s+level(\d+)/.exec(style);
  return m ? Math.min(Number(m[1]), 5) : null;
}

/** Numbered when Word typed "1." "a)" "iv." before the text; bulleted otherwise. */
function wordListType(p: Element): 'ol' | 'ul' {
  const marker = Array.from(p.querySelectorAll('*')).find((e) =>
    /mso-list\s*:\s*ignore/i.test(e.getAttribute('data-st-style') ?? e.getAttribute('style') ?? ''),
  );
  return /^\(?[0-9a-z]{1,4}[.)]$/i.test((marker?.textContent ?? '').replace(/[\s\u00a0]+/g, '')) ? 'ol' : 'ul';
}

/** Rebuilds a run of Word's list paragraphs, from nodes[start], as real nested lists; returns where the run ends. */
function wordList(nodes: Node[], start: number, parent: Element, out: Document): number {
  const stack: Element[] = [];
  let i = start;
  for (; i < nodes.length; i += 1) {
    const node = nodes[i];
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() === '') continue; // markup line breaks
    const level = wordListLevel(node);
    if (level === null) break;
    const p = node as Element;
    while (stack.length > level) stack.pop();
    while (stack.length < level) {
      const list = out.createElement(wordListType(p));
      if (stack.length === 0) parent.appendChild(list);
      else {
        const host = stack[stack.length - 1];
        const lastItem = (host.lastElementChild as Element | null) ?? host.appendChild(out.createElement('li'));
        lastItem.appendChild(list);
      }
      stack.push(list);
    }
    const li = out.createElement('li');
    children(p, li, out);
    if (hasText(li)) stack[stack.length - 1].appendChild(li);
  }
  return i;
}

function appendText(raw: string, parent: Element, out: Document): void {
  const into = parent.nodeName.toLowerCase();
  if (stateOf(out).pre > 0 && /[\r\n]/.test(raw) && !['table', 'tr', 'ul', 'ol'].includes(into)) {
    // Inside <pre> a line break is a line break; the one that ends the block is not a new line.
    raw.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').forEach((line, i) => {
      if (i > 0) parent.appendChild(out.createElement('br'));
      if (line !== '') parent.appendChild(out.createTextNode(line.replace(/\t/g, ' ').normalize('NFC')));
    });
    return;
  }
  // HTML source line breaks are spaces; Word breaks long lines in its markup.
  const text = raw.replace(/[\t\n\r ]+/g, ' ').normalize('NFC');
  if (into === 'table' || into === 'tr' || into === 'ul' || into === 'ol') return;
  if (into === 'body' && text.trim() === '') return;
  parent.appendChild(out.createTextNode(text));
}

function hasText(el: Element): boolean {
  return (el.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, '') !== '';
}

function insideLink(el: Element): boolean {
  return insideTag(el, 'a');
}

function insideTag(el: Element, name: string): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.nodeName.toLowerCase() === name) return true;
  return false;
}

/** Counts what a dropped element showed: its pictures, a text box with its text, anything else visible. */
function noteDropped(el: Element, tag: string, out: Document): void {
  const dropped = stateOf(out).dropped;
  const pictures = tag === 'img' || tag === 'v:imagedata' ? 1 : countDescendants(el, (name) => name === 'img' || name === 'v:imagedata');
  dropped.images += pictures;
  if (tag === 'v:textbox' || countDescendants(el, (name) => name === 'v:textbox') > 0) {
    if (hasText(el)) dropped.textBoxes += 1;
  } else if (VISIBLE_DROPPED.has(tag) || (tag.startsWith('m:') && hasText(el))) {
    dropped.unsupported += 1;
  }
}

function countDescendants(el: Element, match: (name: string) => boolean): number {
  let count = 0;
  for (const child of Array.from(el.getElementsByTagName('*'))) if (match(child.nodeName.toLowerCase())) count += 1;
  return count;
}

/** Centred or right-aligned text (left is the body's default, justified its house style), when it holds text. */
function isAligned(el: Element, tag: string, style: string): boolean {
  const aligned =
    tag === 'center' ||
    /^(center|right)$/i.test(el.getAttribute('align') ?? '') ||
    /(?:^|;)\s*text-align\s*:\s*(center|right|end)\b/.test(style);
  return aligned && hasText(el);
}

const NO_BACKGROUND = /^(transparent|none|initial|inherit|unset|white|#fff|#ffffff|window|rgba\([^)]*,\s*0\))$/;

/** A highlighter on a run: <mark>, Word's mso-highlight, or a background colour that shows. */
function isHighlighted(tag: string, style: string): boolean {
  if (tag === 'mark') return true;
  for (const m of style.matchAll(/(?:^|;)\s*(background-color|background|mso-highlight)\s*:\s*([^;]+)/g)) {
    const value = m[2].trim().replace(/\s*!important$/, '');
    if (!NO_BACKGROUND.test(value)) return true;
  }
  return false;
}
