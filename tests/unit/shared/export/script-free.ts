import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

/**
 * An independent judge for the tests (it shares nothing with verify-html.ts): parses HTML with
 * parse5 and lists every construct that could run script, load something, or submit, wherever
 * it is in the tree. Not a regular expression over the text.
 */

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const DANGEROUS_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'input', 'button',
  'textarea', 'select', 'option', 'keygen', 'isindex', 'link', 'svg', 'math', 'template', 'noscript', 'noembed',
  'xmp', 'xml', 'video', 'audio', 'portal', 'param', 'animate', 'set', 'foreignobject', 'use', 'bgsound', 'marquee', 'body', 'html', 'head', 'meta', 'style',
]);

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'lowsrc', 'dynsrc', 'xlink:href', 'ping', 'codebase']);
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'xmlns', 'id', 'target']);

function scheme(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return m ? m[1] : null;
}

function urlIsHarmless(url: string): boolean {
  const s = scheme(url);
  if (url.trim().startsWith('//')) return false;
  return s === null || s === 'http' || s === 'https' || s === 'mailto';
}

export interface JudgeOptions {
  /** A whole page: its own html/head/body, charset, viewport, CSP and one <style> in the head are fine. */
  page?: boolean;
}

export function scriptCapable(html: string, options: JudgeOptions = {}): string[] {
  const found: string[] = [];
  const root = options.page ? parse(html) : parseFragment(html);
  const visit = (node: Node, inHead: boolean) => {
    if (node.nodeName === '#comment') found.push(`comment <!--${(node as DefaultTreeAdapterTypes.CommentNode).data.slice(0, 40)}-->`);
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const c of (node as DefaultTreeAdapterTypes.ParentNode).childNodes) visit(c, inHead);
      return;
    }
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    const pageFrame = options.page && (tag === 'html' || tag === 'head' || tag === 'body' || (inHead && (tag === 'meta' || tag === 'style')));
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`foreign <${tag}>`);
    else if (DANGEROUS_ELEMENTS.has(tag) && !pageFrame) found.push(`<${tag}>`);
    if (tag === 'meta' && el.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() !== 'content-security-policy')) found.push('<meta http-equiv>');
    if (tag === 'meta' && el.attrs.some((a) => a.name === 'content' && /script-src(?!\s+'none')|unsafe-eval|unsafe-inline/i.test(a.value))) found.push('CSP lets script in');
    if (tag === 'style') {
      const css = el.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterTypes.TextNode).value : '')).join('');
      if (/@import|expression|behavior|binding|javascript|vbscript|data:|url\((?!'fonts\/)/i.test(css)) found.push('stylesheet loads or runs');
    }
    for (const attr of el.attrs) {
      const name = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (FORBIDDEN_ATTRIBUTES.has(name)) found.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.has(name) && !urlIsHarmless(attr.value)) found.push(`${tag}[${name}=${attr.value.slice(0, 40)}]`);
      if (name === 'srcset' && attr.value.split(',').some((c) => !urlIsHarmless(c.trim().split(/\s+/)[0] ?? ''))) found.push(`${tag}[srcset]`);
    }
    const kids = tag === 'template' ? (el as DefaultTreeAdapterTypes.Template).content.childNodes : el.childNodes;
    for (const c of kids) visit(c, tag === 'head' || inHead);
  };
  for (const c of root.childNodes) visit(c, false);
  return found;
}

/** All the text of a fragment, as a reader sees it (line breaks as spaces). */
export function visibleText(html: string): string {
  let text = '';
  const walk = (nodes: DefaultTreeAdapterTypes.ChildNode[]) => {
    for (const n of nodes) {
      if (n.nodeName === '#text') text += (n as DefaultTreeAdapterTypes.TextNode).value;
      else if (n.nodeName === 'br') text += ' ';
      else if ('childNodes' in n) walk(n.childNodes);
    }
  };
  walk(parseFragment(html).childNodes);
  return text;
}
