import { parseKeywords } from '../document/keywords';
import { inOfficeOn } from '../directory/in-office';
import type { DirectoryPerson, PersonLike } from '../directory/person-schema';
import { abbreviateRecurring, useAbbreviations } from './abbreviate';
import { articleFieldsSchema, type ArticleFields, type ArticleFieldsInput, type InlinePerson, type PersonRef } from './fields-schema';
import { fingerprint } from './fingerprint';
import { parsePattern, requiredFieldsIn, type PatternNode } from './pattern-language';
import { finishPart, renderPattern, type FieldValue, type Group } from './pattern-render';
import { STANDARD_FIELDS, fieldId, fieldKinds, type BodyPart, type Template } from './template-schema';

export type GeneratedBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** `text` is the greyed hint; `end` ("./.") is real text that stays when the hint is typed over. */
  | { kind: 'placeholder'; text: string; end?: string }
  /** `text` is the part's generated text (the same as the part itself), `hint` greyed after it. */
  | { kind: 'generated'; part: BodyPart; text: string; hint?: string; end?: string };

export interface PartFingerprints {
  title: string;
  sapo: string;
  attendees: string;
  directiveOpening: string;
  captions: string[];
}

/** Something the form should show beside the fields; the parts are generated all the same. */
export type GenerationIssue =
  /** A {"person": id} the directory does not have: left out of the text. */
  | { code: 'unknown-person'; personId: string }
  /** A directory person whose chain is not in force on the article's date. */
  | { code: 'out-of-office'; personId: string }
  /** A field the title or sapô needs (outside any optional part) is empty. */
  | { code: 'missing-field'; field: string };

export interface ArticleParts {
  title: string;
  sapo: string;
  /** The attendee paragraph ("Dự hội nghị có …"), '' when nobody is listed. */
  attendees: string;
  /** The opening of the directive paragraph, ending with the space the officer types after. */
  directiveOpening: string;
  /** Photo caption suggestions, in order. */
  captions: string[];
  skeleton: GeneratedBlock[];
  category: string;
  keywords: string[];
  fingerprints: PartFingerprints;
  issues: GenerationIssue[];
}

function compile(template: Template, source: string): PatternNode[] {
  const parsed = parsePattern(source, fieldKinds(template.fields));
  // parseTemplate has checked every pattern; a template that skipped it is a programming error.
  if (!parsed.ok) throw new Error(`template ${template.id}: pattern “${source}”: ${parsed.problem.code} at ${parsed.problem.at}`);
  return parsed.nodes;
}

function fromDirectory(p: DirectoryPerson): PersonLike {
  return { honorific: p.honorific, name: p.name, titles: p.titles, ...(p.shortForm ? { shortForm: p.shortForm } : {}) };
}

/** People of the fields as text can use them, with what the form should know about them. */
function resolvePeople(fields: ArticleFields, directory: readonly DirectoryPerson[]) {
  const issues: GenerationIssue[] = [];
  const byId = new Map(directory.map((p) => [p.id, p]));
  const resolve = (entry: PersonRef | InlinePerson): PersonLike | null => {
    if (!('person' in entry)) return entry;
    const found = byId.get(entry.person);
    if (!found) {
      issues.push({ code: 'unknown-person', personId: entry.person });
      return null;
    }
    if (!inOfficeOn(found, fields.date) && !issues.some((i) => i.code === 'out-of-office' && i.personId === found.id)) {
      issues.push({ code: 'out-of-office', personId: found.id });
    }
    return fromDirectory(found);
  };
  const attendees = fields.attendees.flatMap((a): (PersonLike | Group)[] => {
    if ('group' in a) return [a];
    const p = resolve(a);
    return p ? [p] : [];
  });
  const directive = fields.directive ? resolve(fields.directive) : null;
  return { attendees, directive, issues };
}

function valuesFor(template: Template, fields: ArticleFields, people: ReturnType<typeof resolvePeople>): Map<string, FieldValue> {
  const values = new Map<string, FieldValue>([
    ['session', { kind: 'text', text: fields.session }],
    ['date', { kind: 'date', iso: fields.date }],
    ['place', { kind: 'text', text: fields.place }],
    ['host', { kind: 'text', text: fields.host }],
    ['counterpart', { kind: 'text', text: fields.counterpart }],
    ['topic', { kind: 'text', text: fields.topic }],
    ['attendees', { kind: 'people', items: people.attendees }],
    ['directive', { kind: 'person', person: people.directive }],
    ['noun', { kind: 'text', text: fields.noun ?? template.noun }],
  ]);
  for (const spec of template.fields) {
    const id = fieldId(spec);
    if (id in STANDARD_FIELDS) continue;
    const given = (fields as Record<string, unknown>)[id];
    const fallback = typeof spec === 'string' ? '' : (spec.default ?? '');
    values.set(id, { kind: 'text', text: typeof given === 'string' ? given : fallback });
  }
  return values;
}

function isEmpty(value: FieldValue | undefined): boolean {
  if (!value) return true;
  if (value.kind === 'text') return value.text === '';
  if (value.kind === 'date') return value.iso === '';
  if (value.kind === 'people') return value.items.length === 0;
  return value.person === null;
}

/** Inner text of a block: NFC, single spaces, trimmed, not capitalised (a hint goes on a sentence). */
function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Everything a template writes for an article, from its fields: title, sapô, the attendee
 * paragraph, the directive opening, caption suggestions, the body skeleton, category and
 * keywords, with a fingerprint of each generated part. Pure: the same template, fields and
 * directory always give the same parts. The title keeps body names in full; in the sapô and
 * the attendee paragraph a recurring name is defined then abbreviated, and the later parts
 * use the abbreviations so defined. People given as {"person": id} take the directory's chain.
 * Fields are checked with the fields schema (call parseFields first to get a message for a
 * bad file: this throws on one).
 */
export function generateArticleParts(
  template: Template,
  fieldsInput: ArticleFieldsInput | ArticleFields,
  directory: readonly DirectoryPerson[] = [],
): ArticleParts {
  const fields = articleFieldsSchema.parse(fieldsInput);
  const people = resolvePeople(fields, directory);
  const values = valuesFor(template, fields, people);
  const render = (source: string) => renderPattern(compile(template, source), values);

  const title = finishPart(render(template.title)).trim();
  const abbreviated = abbreviateRecurring([finishPart(render(template.sapo)).trim(), finishPart(render(template.parts.attendees)).trim()]);
  const [sapo, attendees] = abbreviated.texts;
  const later = (text: string) => useAbbreviations(text, abbreviated.defined);
  const directiveOpening = later(finishPart(render(template.parts.directiveOpening)));
  const captions = template.parts.captions.map((c) => later(finishPart(render(c)).trim())).filter(Boolean);
  const partText: Record<BodyPart, string> = { attendees, directiveOpening };

  const skeleton = template.skeleton.map((block): GeneratedBlock => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return { kind: block.kind, text: later(finishPart(render(block.text)).trim()) };
      case 'placeholder':
        return { kind: 'placeholder', text: later(finishPart(render(block.text)).trim()), ...(block.end ? { end: block.end } : {}) };
      case 'generated': {
        const hint = block.hint === undefined ? '' : later(tidy(render(block.hint)));
        return { kind: 'generated', part: block.part, text: partText[block.part], ...(hint ? { hint } : {}), ...(block.end ? { end: block.end } : {}) };
      }
    }
  });

  const keywords = parseKeywords(template.keywords.map((k) => tidy(render(k))).join(','));

  const missing = new Set<string>();
  for (const source of [template.title, template.sapo]) {
    for (const name of requiredFieldsIn(compile(template, source))) if (isEmpty(values.get(name))) missing.add(name);
  }

  return {
    title,
    sapo,
    attendees,
    directiveOpening,
    captions,
    skeleton,
    category: template.category,
    keywords,
    fingerprints: {
      title: fingerprint(title),
      sapo: fingerprint(sapo),
      attendees: fingerprint(attendees),
      directiveOpening: fingerprint(directiveOpening),
      captions: captions.map(fingerprint),
    },
    issues: [...people.issues, ...[...missing].map((field): GenerationIssue => ({ code: 'missing-field', field }))],
  };
}
