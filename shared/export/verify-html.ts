import { defaultTreeAdapter, html as parse5Html, parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { FRAGMENT_ELEMENTS, PICTURE_ELEMENTS } from './allow-list';
import { isSafeHref, isSafeImageUrl, isSafeSizes, isSafeSrcset } from './url-checks';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * The second line of defence: what we are about to write is parsed again by a real HTML parser
 * (parse5, the algorithm browsers use) and every element and attribute of the resulting tree is
 * checked against the allow-list, with the addresses it holds. Whatever the serializer got wrong
 * shows up here as a problem, and the export fails instead of writing it.
 */

export type VerifyProblemKind = 'element' | 'attribute' | 'value' | 'namespace' | 'comment' | 'doctype' | 'style';

export interface VerifyProblem {
  kind: VerifyProblemKind;
  /** Where in the tree: "figure[2]/img[1]". */
  where: string;
  /** The element, attribute or value at fault (cut to 120 characters). */
  detail: string;
}

export interface FragmentRules {
  /** Allow picture/source (the profile asks for WebP). */
  picture?: boolean;
  /** Class names the profile gives; any other class is a problem. */
  classTokens?: ReadonlySet<string>;
}

interface Rules {
  elements: Readonly<Record<string, readonly string[]>>;
  classTokens: ReadonlySet<string>;
  page: boolean;
}

const HTML_NS = parse5Html.NS.HTML;

export function verifyFragment(fragment: string, rules: FragmentRules = {}): VerifyProblem[] {
  const context = defaultTreeAdapter.createElement('div', HTML_NS, []);
  const tree = parseFragment(context, fragment, {});
  const problems: VerifyProblem[] = [];
  walk(tree.childNodes, fragmentRules(rules), '', problems);
  return problems;
}

function fragmentRules(rules: FragmentRules): Rules {
  return {
    elements: rules.picture ? { ...FRAGMENT_ELEMENTS, ...PICTURE_ELEMENTS } : FRAGMENT_ELEMENTS,
    classTokens: rules.classTokens ?? new Set(),
    page: false,
  };
}

/** The elements of the standalone preview page around the fragment. */
const PAGE_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  html: ['lang'],
  head: [],
  meta: ['charset', 'name', 'content', 'http-equiv'],
  title: [],
  style: [],
  body: [],
  header: [],
  main: [],
  article: [],
  footer: [],
  div: [],
  span: [],
  h1: [],
  time: ['datetime'],
};

/**
 * A whole page (preview.html): the fragment's rules plus the page's own frame, one inline
 * stylesheet that imports nothing and loads only the bundled fonts, and a CSP that runs no script.
 */
export function verifyPage(page: string, rules: FragmentRules & { pageClasses?: ReadonlySet<string> } = {}): VerifyProblem[] {
  const document = parse(page);
  const base = fragmentRules(rules);
  const all: Rules = {
    elements: { ...base.elements, ...PAGE_ELEMENTS },
    classTokens: new Set([...base.classTokens, ...(rules.pageClasses ?? [])]),
    page: true,
  };
  const problems: VerifyProblem[] = [];
  walk(document.childNodes, all, '', problems);
  return problems;
}

function walk(nodes: readonly Node[], rules: Rules, path: string, problems: VerifyProblem[]): void {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (node.nodeName === '#text') continue;
    if (node.nodeName === '#comment') {
      // Word's conditional comments and "<!--[if IE]>" tricks live here; nothing of ours does.
      problems.push({ kind: 'comment', where: path || '/', detail: cut((node as DefaultTreeAdapterTypes.CommentNode).data) });
      continue;
    }
    if (node.nodeName === '#documentType') {
      if (!rules.page || (node as DefaultTreeAdapterTypes.DocumentType).name !== 'html') {
        problems.push({ kind: 'doctype', where: path || '/', detail: cut((node as DefaultTreeAdapterTypes.DocumentType).name) });
      }
      continue;
    }
    if (!('tagName' in node)) continue;
    const element = node as Element;
    const n = (counts.get(element.tagName) ?? 0) + 1;
    counts.set(element.tagName, n);
    const where = `${path ? path + '/' : ''}${element.tagName}[${n}]`;
    checkElement(element, rules, where, problems);
    const content = element.tagName === 'template' ? (element as DefaultTreeAdapterTypes.Template).content.childNodes : [];
    walk([...content, ...element.childNodes], rules, where, problems);
  }
}

function checkElement(element: Element, rules: Rules, where: string, problems: VerifyProblem[]): void {
  if (element.namespaceURI !== HTML_NS) {
    // SVG and MathML carry their own script and link machinery: no foreign element at all.
    problems.push({ kind: 'namespace', where, detail: `${element.tagName} (${element.namespaceURI})` });
    return;
  }
  const allowed = Object.hasOwn(rules.elements, element.tagName) ? rules.elements[element.tagName] : undefined;
  if (!allowed) {
    problems.push({ kind: 'element', where, detail: element.tagName });
    return;
  }
  for (const attr of element.attrs) {
    const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
    if (attr.namespace || !(allowed.includes(name) || (name === 'class' && rules.classTokens.size > 0))) {
      problems.push({ kind: 'attribute', where, detail: name });
      continue;
    }
    if (!valueIsSafe(element.tagName, name, attr.value, rules)) {
      problems.push({ kind: 'value', where, detail: `${name}="${cut(attr.value)}"` });
    }
  }
  if (element.tagName === 'style') checkStyle(element, where, problems);
  if (element.tagName === 'meta') checkMeta(element, where, problems);
}

const NUMBER = /^[1-9]\d{0,4}$/;

function valueIsSafe(tag: string, name: string, value: string, rules: Rules): boolean {
  switch (name) {
    case 'href':
      return isSafeHref(value);
    case 'src':
      return isSafeImageUrl(value);
    case 'srcset':
      return isSafeSrcset(value);
    case 'sizes':
      return isSafeSizes(value);
    case 'width':
    case 'height':
    case 'colspan':
    case 'rowspan':
      return NUMBER.test(value);
    case 'loading':
      return value === 'lazy' || value === 'eager';
    case 'scope':
      return value === 'row' || value === 'col';
    case 'type':
      return tag === 'source' && (value === 'image/webp' || value === 'image/jpeg');
    case 'class':
      return value.split(/\s+/).every((t) => t === '' || rules.classTokens.has(t));
    case 'alt':
      return true;
    case 'lang':
      return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(value);
    case 'charset':
      return value.toLowerCase() === 'utf-8';
    case 'datetime':
      return /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'name':
    case 'http-equiv':
    case 'content':
      return true; // checked with the whole meta element
    default:
      return false;
  }
}

const META_NAMES = new Set(['viewport', 'referrer', 'generator', 'color-scheme']);

function checkMeta(element: Element, where: string, problems: VerifyProblem[]): void {
  const get = (name: string) => element.attrs.find((a) => a.name === name)?.value;
  const equiv = get('http-equiv');
  const name = get('name');
  const content = get('content') ?? '';
  if (equiv !== undefined) {
    // A meta refresh is a redirect; a CSP that lets script in is no CSP.
    const csp = equiv.toLowerCase() === 'content-security-policy';
    const scriptFree = /(^|;)\s*default-src 'none'/.test(content) && !/script-src(?!\s+'none')/.test(content) && !/unsafe-eval/.test(content);
    if (!csp || !scriptFree) problems.push({ kind: 'value', where, detail: `http-equiv="${cut(equiv)}" content="${cut(content)}"` });
  } else if (name !== undefined) {
    if (!META_NAMES.has(name.toLowerCase()) || /[<>"]|url|javascript/i.test(content)) {
      problems.push({ kind: 'value', where, detail: `name="${cut(name)}"` });
    }
  } else if (get('charset') === undefined) {
    problems.push({ kind: 'element', where, detail: 'meta' });
  }
}

/**
 * The page's own stylesheet: no @import, no script-capable CSS of old browsers (expression(),
 * behavior, -moz-binding, javascript: URLs), and url() only for the bundled fonts.
 */
function checkStyle(element: Element, where: string, problems: VerifyProblem[]): void {
  const css = element.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterTypes.TextNode).value : '')).join('');
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\\/g, '');
  if (/@import|expression\s*\(|behavior\s*:|-moz-binding|javascript:|vbscript:|data:/i.test(flat)) {
    problems.push({ kind: 'style', where, detail: 'the stylesheet loads or runs something' });
  }
  for (const m of flat.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) {
    if (!/^fonts\/[a-z0-9-]+\.woff2$/.test(m[2])) problems.push({ kind: 'style', where, detail: `url(${cut(m[2])})` });
  }
  if (/url\(/i.test(flat.replace(/url\(\s*(['"]?)fonts\/[a-z0-9-]+\.woff2\1\s*\)/gi, ''))) {
    problems.push({ kind: 'style', where, detail: 'url() other than a bundled font' });
  }
}

function cut(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
