import type { Article } from '../article/article-schema';
import { FORMAT_VERSION } from '../article/format';
import { toIsoDate } from '../article/new-article';
import type { DirectoryPerson } from '../directory/person-schema';
import type { DraftTemplate } from './draft-template';
import { generateArticleParts, type ArticleParts } from './engine';
import { articleFieldsSchema, type ArticleFields, type ArticleFieldsInput } from './fields-schema';
import { fingerprint } from './fingerprint';
import type { Template } from './template-schema';
import { skeletonBody } from './template-body';

/** The parts a template writes into a draft's title, sapô and body. */
export interface WrittenParts {
  title: string;
  sapo: string;
  attendees: string;
  directiveOpening: string;
  captions: string[];
}

/**
 * What goes into the draft of the parts the engine generated. While a field the title or sapô
 * needs is empty, they stay empty rather than "Hội nghị làm việc với" (the form says which field
 * is missing); the body parts are written as they are (empty when nobody is listed).
 */
export function writtenParts(parts: ArticleParts): WrittenParts {
  const incomplete = parts.issues.some((issue) => issue.code === 'missing-field');
  return {
    title: incomplete ? '' : parts.title,
    sapo: incomplete ? '' : parts.sapo,
    attendees: parts.attendees,
    directiveOpening: parts.directiveOpening,
    captions: parts.captions,
  };
}

/** The template record a draft keeps: which template, the fields, and a fingerprint of each part written. */
export function draftTemplateRecord(template: Pick<Template, 'id' | 'version'>, fields: ArticleFields, written: WrittenParts): DraftTemplate {
  return {
    id: template.id,
    version: template.version,
    fields,
    fingerprints: {
      title: fingerprint(written.title),
      sapo: fingerprint(written.sapo),
      attendees: fingerprint(written.attendees),
      directiveOpening: fingerprint(written.directiveOpening),
      captions: written.captions.map(fingerprint),
    },
  };
}

/**
 * The fields a new draft starts from: the template's defaults (an own template's host, place,
 * attendees…), then what was given over them, and the template's id. Raw input: parse it next.
 */
export function withTemplateDefaults(template: Pick<Template, 'id' | 'defaults'>, given: Record<string, unknown>): Record<string, unknown> {
  return { ...(template.defaults ?? {}), ...given, template: template.id };
}

export interface TemplateDraftInput {
  template: Template;
  fields: ArticleFieldsInput | ArticleFields;
  directory?: readonly DirectoryPerson[];
  /** The new draft's id and time come from the caller, so this stays pure. */
  id: string;
  now: Date;
  author?: string;
}

/**
 * A new draft from a template and its fields, the same for the window and `soan-tin new`: title,
 * sapô, category, keywords and date from the engine, the body skeleton with its generated parts
 * and greyed placeholders, and the template record. The article's date is the meeting's, or today.
 */
export function articleFromTemplate(input: TemplateDraftInput): { article: Article; parts: ArticleParts } {
  const fields = articleFieldsSchema.parse(withTemplateDefaults(input.template, input.fields as Record<string, unknown>));
  const parts = generateArticleParts(input.template, fields, input.directory ?? []);
  const written = writtenParts(parts);
  const stamp = { at: input.now.toISOString(), by: input.author ?? '' };
  const article: Article = {
    formatVersion: FORMAT_VERSION,
    id: input.id,
    meta: {
      title: written.title,
      sapo: written.sapo,
      category: parts.category,
      author: input.author ?? '',
      source: '',
      date: fields.date || toIsoDate(input.now),
      keywords: parts.keywords,
    },
    template: draftTemplateRecord(input.template, fields, written),
    body: skeletonBody(parts.skeleton),
    media: [],
    created: stamp,
    modified: stamp,
  };
  return { article, parts };
}
