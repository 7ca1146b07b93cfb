import type { Article } from '../article/article-schema';
import type { SerializedBodyNode } from '../article/body-nodes';
import { bodyPlainText } from '../article/body-text';
import { newsDate } from '../document/date-line';
import type { DirectoryPerson } from '../directory/person-schema';
import { generateArticleParts } from './engine';
import { articleFieldsSchema, type ArticleFields } from './fields-schema';
import { parseTemplate, type TemplateParse } from './parse-template';
import { literalPattern } from './pattern-language';
import { templateMarkOf } from './template-mark';
import { END_MARK, STANDARD_FIELDS, fieldId, type BodyPart, type SkeletonBlock, type Template, type TemplateInput } from './template-schema';

/**
 * Tệp ▸ Lưu làm mẫu…: the article as a template for next week's report of the same kind. What
 * next week's officer wants is the structure and the boilerplate, not last week's facts:
 *
 * - made from a template: its fields (labels, hints, options), its title, sapô and part patterns,
 *   its captions, its event noun (the one this draft used) and nouns; the field values that say
 *   who and where (place, host, counterpart, attendees, directive, the template's own fields)
 *   become the new template's defaults; those that say when and what (date, session, topic)
 *   are never kept;
 * - the body, block by block: a paragraph the template generated (attendees, directive
 *   opening) stays generated (the officer's words after the opening go); a placeholder stays a
 *   placeholder with its template's hint, typed over or not; a heading stays a heading; a
 *   paragraph still reading as the template's kept paragraph stays one; every other paragraph,
 *   quote, list or table the officer wrote becomes a greyed placeholder showing how it began
 *   (its first sentence, at most 160 characters, then "…"); a figure and an empty paragraph
 *   are not carried; the end mark "./." ends the last block;
 * - category from the article's details; keywords: the template's keyword patterns and the
 *   article's other keywords.
 *
 * Without a template the new one has no fields: it writes only the skeleton. The result goes
 * through parseTemplate like any template file.
 */
export interface TemplateFromArticleInput {
  article: Pick<Article, 'meta' | 'body' | 'template'>;
  /** The template the draft was made from, when this computer has it. */
  source: Template | null;
  id: string;
  name: string;
  directory?: readonly DirectoryPerson[];
}

/** Field values that say who and where: kept as the new template's defaults. */
const KEPT_STANDARD = new Set(['place', 'host', 'counterpart', 'attendees', 'directive']);
const SKETCH_LENGTH = 160;

const tidy = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** How an officer's paragraph began: its first sentence, shortened at a word, then "…". */
export function sketchOf(text: string): string {
  const clean = tidy(text);
  const sentence = /^.+?[.!?…](?=\s|$)/u.exec(clean)?.[0] ?? clean;
  let head = sentence;
  if (head.length > SKETCH_LENGTH) {
    const cut = head.slice(0, SKETCH_LENGTH + 1);
    const space = cut.lastIndexOf(' ');
    head = space > SKETCH_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, SKETCH_LENGTH);
  }
  return `${head.replace(/[\s.,;:!?…]+$/u, '')}…`;
}

function textOf(node: SerializedBodyNode): string {
  return tidy(bodyPlainText(node).replace(/\n/g, ' '));
}

/** A list's or a table's words in one line: its items (cells) joined with "; ". */
function itemsOf(node: SerializedBodyNode): string {
  return bodyPlainText(node)
    .split('\n')
    .map(tidy)
    .filter(Boolean)
    .join('; ');
}

/** The end mark goes on the skeleton's last block, wherever last week's stood. */
function withoutEndMark(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(END_MARK) ? trimmed.slice(0, -END_MARK.length) : trimmed;
}

function draftFields(article: TemplateFromArticleInput['article'], source: Template | null): ArticleFields | null {
  if (!source || !article.template || article.template.id !== source.id) return null;
  const parsed = articleFieldsSchema.safeParse(article.template.fields);
  return parsed.success ? parsed.data : null;
}

/** The field values worth keeping for next week, non-empty only. */
function keptDefaults(source: Template, fields: ArticleFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of source.fields) {
    const id = fieldId(spec);
    const own = !(id in STANDARD_FIELDS);
    if (!own && !KEPT_STANDARD.has(id)) continue;
    const value = (fields as Record<string, unknown>)[id];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[id] = value;
  }
  return out;
}

type Block = SkeletonBlock;

/** The body, block by block, as a skeleton (see the rule above). */
function skeletonFrom(body: Article['body'], source: Template | null, fields: ArticleFields | null, directory: readonly DirectoryPerson[]): Block[] {
  const rendered = source && fields ? generateArticleParts(source, fields, directory).skeleton : [];
  const keptText = new Map<string, string>();
  rendered.forEach((block, i) => {
    const from = source?.skeleton[i];
    if ((block.kind === 'heading' || block.kind === 'paragraph') && from && from.kind === block.kind && block.text) keptText.set(`${block.kind}:${block.text}`, from.text);
  });
  const placeholders = (source?.skeleton ?? []).filter((b) => b.kind === 'placeholder');
  const generated = new Map<BodyPart, Extract<Block, { kind: 'generated' }>>();
  for (const b of source?.skeleton ?? []) if (b.kind === 'generated' && !generated.has(b.part)) generated.set(b.part, b);
  const usedParts = new Set<BodyPart>();
  let placeholderIndex = 0;

  const blocks: Block[] = [];
  const written = (text: string) => {
    const t = tidy(withoutEndMark(text));
    if (!t) return;
    const kept = keptText.get(`paragraph:${t}`);
    blocks.push(kept !== undefined ? { kind: 'paragraph', text: kept } : { kind: 'placeholder', text: literalPattern(sketchOf(t)) });
  };

  for (const node of body.root.children as SerializedBodyNode[]) {
    switch (node.type) {
      case 'paragraph': {
        const mark = templateMarkOf(node);
        const part = mark?.part;
        if (part && source && source.parts[part] && !usedParts.has(part)) {
          usedParts.add(part);
          const from = generated.get(part);
          blocks.push({ kind: 'generated', part, ...(from?.hint !== undefined ? { hint: from.hint } : {}) });
        } else if (mark?.hint && !part) {
          const from = placeholders[placeholderIndex++];
          blocks.push({ kind: 'placeholder', text: from ? from.text : literalPattern(tidy(mark.hint)) });
        } else written(textOf(node));
        break;
      }
      case 'heading': {
        const t = textOf(node);
        if (t) blocks.push({ kind: 'heading', text: keptText.get(`heading:${t}`) ?? literalPattern(t) });
        break;
      }
      case 'quote':
        written(textOf(node));
        break;
      case 'list':
      case 'table':
        written(itemsOf(node));
        break;
      default:
        // A figure is last week's photo: not carried.
        break;
    }
  }
  return closeSkeleton(blocks);
}

/** The skeleton ends with the end mark: on the last block that can carry one, else a closing placeholder. */
function closeSkeleton(blocks: Block[]): Block[] {
  const out = blocks.map((b): Block => (b.kind === 'placeholder' || b.kind === 'generated' ? (({ end: _end, ...rest }) => rest)(b) : b));
  const last = out[out.length - 1];
  if (last && (last.kind === 'placeholder' || last.kind === 'generated')) out[out.length - 1] = { ...last, end: END_MARK };
  else if (last && last.kind === 'paragraph' && last.text === END_MARK) {
    // A lone "./." paragraph stays as it was.
  } else out.push({ kind: 'placeholder', text: 'Nội dung bài viết…', end: END_MARK });
  return out;
}

/** The article's keywords the template's own keyword patterns did not write. */
function extraKeywords(article: TemplateFromArticleInput['article'], source: Template | null, fields: ArticleFields | null, directory: readonly DirectoryPerson[]): string[] {
  const generated = source && fields ? new Set(generateArticleParts(source, fields, directory).keywords.map((k) => k.toLocaleLowerCase('vi'))) : new Set<string>();
  return article.meta.keywords.filter((k) => !generated.has(k.toLocaleLowerCase('vi'))).map(literalPattern);
}

/** The template the article makes (the rule above), as a template file's JSON. */
export function templateJsonFromArticle(input: TemplateFromArticleInput): TemplateInput {
  const { article, source, directory = [] } = input;
  const fields = draftFields(article, source);
  const name = tidy(input.name);
  const title = tidy(article.meta.title);
  const shortTitle = title.length > 200 ? `${title.slice(0, 199)}…` : title;
  const [y, m, d] = article.meta.date.split('-').map(Number);
  const date = y && m && d ? ` (${newsDate(d, m, y)})` : '';
  const defaults = source && fields ? keptDefaults(source, fields) : {};
  return {
    id: input.id,
    version: 1,
    name: { vi: name, en: name },
    description: {
      vi: shortTitle ? `Mẫu của đơn vị, lập từ bài “${shortTitle}”${date}.` : 'Mẫu của đơn vị.',
      en: shortTitle ? `The office's own template, made from the article “${shortTitle}”${date}.` : "The office's own template.",
    },
    noun: fields?.noun ?? source?.noun ?? '',
    nouns: source?.nouns ?? [],
    category: article.meta.category || source?.category || '',
    keywords: [...(source?.keywords ?? []), ...extraKeywords(article, source, fields, directory)].slice(0, 20),
    fields: source?.fields ?? [],
    title: source?.title ?? '',
    sapo: source?.sapo ?? '',
    parts: source?.parts ?? { attendees: '', directiveOpening: '', captions: [] },
    skeleton: skeletonFrom(article.body, source, fields, directory),
    ...(Object.keys(defaults).length > 0 ? { defaults } : {}),
  };
}

/** The article as a template, checked by the same parseTemplate as every template file. */
export function templateFromArticle(input: TemplateFromArticleInput): TemplateParse {
  return parseTemplate(templateJsonFromArticle(input));
}
