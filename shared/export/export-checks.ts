import { MEDIA_HASH as MEDIA_HASH_PATTERN } from '../article/article-schema';
import { isSafeHref } from '../paste/safe-href';
import { countText } from '../text/word-count';
import { blockText } from './body-text';
import { isUntouchedPlaceholder, showsTemplateHint, templateMarkOf } from '../templates/template-mark';
import { formatBits, isNode, readFigure, TEXT_FORMAT, type ExportArticle, type ExportNode } from './export-node';
import { captionLetters } from '../article/caption-runs';

/**
 * The checks before export, pure: what blocks it (the portal would get a broken or unsafe page)
 * and what only asks (the page would publish, but probably not as meant). Each check says where
 * it is, a metadata field or a body node by its path of child indices from the root, so the
 * window can jump there; its wording is in export-messages.ts.
 */

export const BLOCKING_CHECKS = ['title-empty', 'sapo-empty', 'body-empty', 'photo-alt-missing', 'link-unsafe', 'photo-missing'] as const;

export const WARNING_CHECKS = [
  'main-photo-missing',
  'caption-missing',
  'end-mark-missing',
  'title-too-long',
  'sapo-too-long',
  'placeholder-left',
  'date-missing',
  'category-missing',
  'format-not-published',
  'list-start-lost',
  'photo-not-published',
] as const;

export type ExportCheckCode = (typeof BLOCKING_CHECKS)[number] | (typeof WARNING_CHECKS)[number];
export type CheckSeverity = 'error' | 'warning';

export type MetaField = 'title' | 'sapo' | 'category' | 'author' | 'source' | 'date' | 'keywords';
export type CheckPlace = { kind: 'meta'; field: MetaField } | { kind: 'body'; path: number[] };

export interface CheckParams {
  /** A count or a limit the message names. */
  count?: number;
  limit?: number;
  /** The photo's number in the article, from 1. */
  photo?: number;
  /** A short quote of what is at fault (a placeholder, a link). */
  text?: string;
}

export interface ExportCheck {
  code: ExportCheckCode;
  severity: CheckSeverity;
  place: CheckPlace;
  params: CheckParams;
}

export interface CheckOptions {
  /** Whether the draft holds a photo's master; without it, masters are not checked. */
  hasMedia?: (hash: string) => boolean;
  /** Over this many characters the title asks (default 150). */
  titleMaxCharacters?: number;
  /** Over this many characters the sapô asks (default 500). */
  sapoMaxCharacters?: number;
  /** What a template's unfilled field looks like ({{tên}} or [[tên]] by default). */
  placeholder?: RegExp;
}

export const DEFAULT_PLACEHOLDER = /\{\{[^{}\n]{0,80}\}\}|\[\[[^[\]\n]{0,80}\]\]/u;
/** The mark that closes a news article in Vietnamese press copy. */
export const END_MARK = './.';

const BLOCKING = new Set<string>(BLOCKING_CHECKS);

export function severityOf(code: ExportCheckCode): CheckSeverity {
  return BLOCKING.has(code) ? 'error' : 'warning';
}

export function hasBlocking(checks: readonly ExportCheck[]): boolean {
  return checks.some((c) => c.severity === 'error');
}

export function checkForExport(article: ExportArticle, options: CheckOptions = {}): ExportCheck[] {
  const checks: ExportCheck[] = [];
  const add = (code: ExportCheckCode, place: CheckPlace, params: CheckParams = {}) =>
    checks.push({ code, severity: severityOf(code), place, params });
  const meta = (field: MetaField): CheckPlace => ({ kind: 'meta', field });
  const placeholder = options.placeholder ?? DEFAULT_PLACEHOLDER;
  const { meta: m } = article;

  const title = m.title.trim();
  if (title === '') add('title-empty', meta('title'));
  else {
    const limit = options.titleMaxCharacters ?? 150;
    const count = countText(title).characters;
    if (count > limit) add('title-too-long', meta('title'), { count, limit });
  }
  const sapo = m.sapo.trim();
  if (sapo === '') add('sapo-empty', meta('sapo'));
  else {
    const limit = options.sapoMaxCharacters ?? 500;
    const count = countText(sapo).characters;
    if (count > limit) add('sapo-too-long', meta('sapo'), { count, limit });
  }
  if (m.date === '') add('date-missing', meta('date'));
  if (m.category.trim() === '') add('category-missing', meta('category'));
  for (const field of ['title', 'sapo'] as const) {
    const found = placeholder.exec(m[field]);
    if (found) add('placeholder-left', meta(field), { text: found[0] });
  }

  const blocks = Array.isArray(article.body.root.children) ? article.body.root.children : [];
  let photos = 0;
  let lastText: { path: number[]; text: string } | null = null;
  blocks.forEach((block, i) => {
    const path = [i];
    const figure = readFigure(block);
    if (figure) {
      photos++;
      if (figure.alt.trim() === '') add('photo-alt-missing', { kind: 'body', path }, { photo: photos });
      const known = MEDIA_HASH_PATTERN.test(figure.media) && figure.width > 0 && figure.height > 0;
      if (!known || (options.hasMedia && !options.hasMedia(figure.media))) add('photo-missing', { kind: 'body', path }, { photo: photos });
      const caption = captionLetters(figure.caption);
      if (caption.trim() === '') add('caption-missing', { kind: 'body', path }, { photo: photos });
      const found = placeholder.exec(caption);
      if (found) add('placeholder-left', { kind: 'body', path }, { text: found[0] });
      return;
    }
    // A template's placeholder (or its directive hint) still showing: the officer has not written that part.
    if (showsTemplateHint(block)) {
      add('placeholder-left', { kind: 'body', path }, { text: (templateMarkOf(block)?.hint ?? '').slice(0, 80) });
      if (isUntouchedPlaceholder(block)) return;
    }
    const text = blockText(block);
    if (text.trim() !== '') lastText = { path, text };
    const found = placeholder.exec(text);
    if (found) add('placeholder-left', { kind: 'body', path }, { text: found[0] });
    walkInside(block, path, add);
  });

  if (lastText === null && photos === 0) add('body-empty', { kind: 'body', path: [] });
  if (photos === 0) add('main-photo-missing', { kind: 'body', path: [] });
  const closing = lastText as { path: number[]; text: string } | null;
  if (closing && !closing.text.trimEnd().endsWith(END_MARK)) add('end-mark-missing', { kind: 'body', path: closing.path });
  return checks;
}

type Add = (code: ExportCheckCode, place: CheckPlace, params?: CheckParams) => void;

const LOST_FORMATS = TEXT_FORMAT.code;

/** Links, formats and nested photos inside a top-level block, with an explicit stack (no recursion limit to hit). */
function walkInside(block: ExportNode, path: number[], add: Add): void {
  const stack: { node: ExportNode; path: number[] }[] = [{ node: block, path }];
  let lostFormat = false;
  while (stack.length > 0) {
    const { node, path: at } = stack.pop()!;
    if ((node.type === 'link' || node.type === 'autolink') && !(typeof node.url === 'string' && isSafeHref(node.url.trim()))) {
      add('link-unsafe', { kind: 'body', path: at }, { text: typeof node.url === 'string' ? node.url.slice(0, 80) : '' });
    }
    if (node.type === 'text' && !lostFormat && formatBits(node.format) & LOST_FORMATS) {
      lostFormat = true;
      add('format-not-published', { kind: 'body', path: at });
    }
    if (node.type === 'list' && node.listType === 'number' && typeof node.start === 'number' && node.start !== 1) {
      add('list-start-lost', { kind: 'body', path: at }, { count: node.start });
    }
    if (node.type === 'figure' && at.length > 1) add('photo-not-published', { kind: 'body', path: at });
    const kids: unknown[] = Array.isArray(node.children) ? node.children : [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (isNode(kid)) stack.push({ node: kid, path: [...at, i] });
    }
  }
}
