import { z } from 'zod';
import { articleFieldsSchema } from './fields-schema';
import { parsePattern, type FieldKind, type PatternProblem } from './pattern-language';

/** The fields every template may ask for, and what kind of value each holds. */
export const STANDARD_FIELDS = {
  session: 'text',
  date: 'date',
  place: 'text',
  host: 'text',
  counterpart: 'text',
  topic: 'text',
  attendees: 'people',
  directive: 'person',
} as const satisfies Record<string, FieldKind>;

export type StandardField = keyof typeof STANDARD_FIELDS;
const STANDARD_IDS = Object.keys(STANDARD_FIELDS) as [StandardField, ...StandardField[]];

/** Names a pattern always has: {noun} is the event noun. "template" is the fields file's own key. */
export const BUILT_IN_NAMES = ['noun'] as const;
const RESERVED_IDS = new Set<string>(['noun', 'template']);

/** The end mark of Vietnamese news copy. */
export const END_MARK = './.';

const nfc = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC'));

const line = (max: number) => nfc(max).transform((s) => s.replace(/\s+/g, ' ').trim());

const localized = z.strictObject({ vi: line(200).pipe(z.string().min(1)), en: line(200).pipe(z.string().min(1)) });
const longLocalized = z.strictObject({ vi: line(1000), en: line(1000) });

/** A pattern in the placeholder language (pattern-language.ts); checked against the fields by the template. */
const pattern = nfc(2000);

const FIELD_ID = /^[a-z][A-Za-z0-9]{0,39}$/;

/**
 * A field the template asks for: a standard one by name ("date"), or an object that may
 * relabel a standard one or add a free text field of the template's own ({"id": "kind",
 * "label": …, "options": ["sơ kết", "tổng kết", "triển khai"]}). Options are suggestions.
 */
const fieldSpecSchema = z.union([
  z.enum(STANDARD_IDS),
  z.strictObject({
    id: z.string().regex(FIELD_ID),
    label: localized.optional(),
    hint: longLocalized.optional(),
    options: z.array(line(200).pipe(z.string().min(1))).max(50).optional(),
    default: line(500).optional(),
  }),
]);

export type FieldSpec = z.infer<typeof fieldSpecSchema>;

/** Parts of the body the engine writes; the window marks them and can restore them. */
export const BODY_PARTS = ['attendees', 'directiveOpening'] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

/**
 * The body skeleton, in order. A heading or a paragraph is text kept as written; a placeholder
 * is a greyed hint the officer types over (its `end`, such as "./.", stays); a generated block
 * is one of the engine's parts, optionally followed by a greyed hint and an end.
 */
const blockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('heading'), text: pattern }),
  z.strictObject({ kind: z.literal('paragraph'), text: pattern }),
  z.strictObject({ kind: z.literal('placeholder'), text: pattern, end: nfc(20).optional() }),
  z.strictObject({ kind: z.literal('generated'), part: z.enum(BODY_PARTS), hint: pattern.optional(), end: nfc(20).optional() }),
]);

export type SkeletonBlock = z.infer<typeof blockSchema>;

const templateShape = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  version: z.number().int().min(1),
  name: localized,
  description: longLocalized,
  /** The event noun the patterns call {noun}: "hội nghị", "buổi làm việc", "buổi kiểm tra". */
  noun: line(100),
  /** Other nouns the form offers for this kind of event. */
  nouns: z.array(line(100).pipe(z.string().min(1))).max(20).default([]),
  category: line(200).default(''),
  /** Patterns too: "{counterpart}" makes the counterpart a keyword. */
  keywords: z.array(pattern).max(20).default([]),
  fields: z.array(fieldSpecSchema).max(40),
  title: pattern,
  sapo: pattern,
  parts: z
    .strictObject({
      attendees: pattern.default(''),
      directiveOpening: pattern.default(''),
      captions: z.array(pattern).max(10).default([]),
    })
    .default({ attendees: '', directiveOpening: '', captions: [] }),
  skeleton: z.array(blockSchema).min(1).max(100),
  /**
   * Field values a new draft starts with (an office's own template keeps who and where: the host,
   * the place, the attendee list); the fields file or the form may change each. Never the date.
   * Checked against the fields schema and the template's declared fields.
   */
  defaults: z.record(z.string().regex(FIELD_ID), z.unknown()).optional(),
});

/** A problem found in a template beyond its shape; the message catalog says it in words. */
export type TemplateRuleProblem =
  | { code: PatternProblem['code']; at: number; detail?: string }
  | { code: 'duplicate-field' | 'field-without-label' | 'reserved-field' | 'bad-default'; detail: string }
  | { code: 'missing-end-mark' };

/** The id of a field spec, whichever way it is written. */
export function fieldId(spec: FieldSpec): string {
  return typeof spec === 'string' ? spec : spec.id;
}

/** Each field's kind: standard fields by their nature, template fields are text, and {noun}. */
export function fieldKinds(fields: readonly FieldSpec[]): Map<string, FieldKind> {
  const kinds = new Map<string, FieldKind>(BUILT_IN_NAMES.map((n) => [n, 'text']));
  for (const spec of fields) {
    const id = fieldId(spec);
    kinds.set(id, id in STANDARD_FIELDS ? STANDARD_FIELDS[id as StandardField] : 'text');
  }
  return kinds;
}

type TemplateShape = z.infer<typeof templateShape>;

/** Every pattern of a template with where it is, for checking and for messages. */
export function patternsOf(t: TemplateShape): { path: (string | number)[]; source: string }[] {
  const out: { path: (string | number)[]; source: string }[] = [
    { path: ['title'], source: t.title },
    { path: ['sapo'], source: t.sapo },
    { path: ['parts', 'attendees'], source: t.parts.attendees },
    { path: ['parts', 'directiveOpening'], source: t.parts.directiveOpening },
    ...t.parts.captions.map((source, i) => ({ path: ['parts', 'captions', i], source })),
    ...t.keywords.map((source, i) => ({ path: ['keywords', i], source })),
  ];
  t.skeleton.forEach((b, i) => {
    if (b.kind === 'generated') {
      if (b.hint !== undefined) out.push({ path: ['skeleton', i, 'hint'], source: b.hint });
    } else out.push({ path: ['skeleton', i, 'text'], source: b.text });
  });
  return out;
}

function endsWithEndMark(block: SkeletonBlock): boolean {
  if (block.kind === 'paragraph') return block.text.trimEnd().endsWith(END_MARK);
  if (block.kind === 'heading') return false;
  return (block.end ?? '').trimEnd().endsWith(END_MARK);
}

/**
 * A template file, checked whole at load time: its shape, then every pattern against the
 * fields it declares (an unknown field or an unbalanced bracket is refused here, never met
 * while the officer types), unique field ids, labels for the template's own fields, and the
 * end mark "./." at the end of the skeleton.
 */
export const templateSchema = templateShape.superRefine((t, ctx) => {
  const problem = (path: (string | number)[], p: TemplateRuleProblem, message: string) =>
    ctx.addIssue({ code: 'custom', path, message, params: { problem: p } });
  const seen = new Set<string>();
  t.fields.forEach((spec, i) => {
    const id = fieldId(spec);
    if (seen.has(id)) problem(['fields', i], { code: 'duplicate-field', detail: id }, `field ${id} is declared twice`);
    seen.add(id);
    if (RESERVED_IDS.has(id)) problem(['fields', i], { code: 'reserved-field', detail: id }, `${id} is a reserved name`);
    if (typeof spec !== 'string' && !(id in STANDARD_FIELDS) && !spec.label) {
      problem(['fields', i], { code: 'field-without-label', detail: id }, `field ${id} needs a label`);
    }
  });
  const kinds = fieldKinds(t.fields);
  for (const { path, source } of patternsOf(t)) {
    const parsed = parsePattern(source, kinds);
    if (!parsed.ok) problem(path, parsed.problem, `${parsed.problem.code} at ${parsed.problem.at}${parsed.problem.detail ? `: ${parsed.problem.detail}` : ''}`);
  }
  for (const [key, value] of Object.entries(t.defaults ?? {})) {
    const declared = key === 'noun' || (kinds.has(key) && key !== 'date');
    const valid = declared && articleFieldsSchema.safeParse({ template: t.id, [key]: value }).success;
    if (!valid) problem(['defaults', key], { code: 'bad-default', detail: key }, `${key} cannot be a default here`);
  }
  const last = t.skeleton[t.skeleton.length - 1];
  if (last && !endsWithEndMark(last)) problem(['skeleton', t.skeleton.length - 1], { code: 'missing-end-mark' }, `the skeleton must end with ${END_MARK}`);
});

export type Template = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
