import { z } from 'zod';
import { parseNewsDate } from '../document/news-date-input';
import { PERSON_ID } from '../directory/person-schema';

/** A field's text as the officer meant it: NFC, single spaces, trimmed. */
const text = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max));

/**
 * A value that goes inside a sentence: also without the punctuation it may end with, since
 * the pattern puts its own ("… nhiệm kỳ 2020-2025." is not followed by a second full stop).
 */
function tidyPhrase(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[\s.,;:]+$/u, '');
}

const phrase = (max: number) => text(max).transform(tidyPhrase);

const MAX_EXTRA_LENGTH = 2000;

export const SESSIONS = ['', 'Sáng', 'Chiều', 'Tối'] as const;
export type Session = (typeof SESSIONS)[number];

/** "chiều", " Chiều " and "CHIỀU" are all the afternoon. */
function normaliseSession(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const t = value.normalize('NFC').trim().toLocaleLowerCase('vi');
  return SESSIONS.find((s) => s.toLocaleLowerCase('vi') === t) ?? value;
}

/** ISO (2022-05-28) or as typed in the form (28/5/2022); '' for none. */
function normaliseDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return parseNewsDate(value) ?? value;
}

/** A person written out in the fields themselves. */
export const inlinePersonSchema = z.strictObject({
  honorific: text(30).default(''),
  name: text(100).pipe(z.string().min(1)),
  titles: z.array(text(300).pipe(z.string().min(1))).max(20).default([]),
  shortForm: text(300).optional(),
});

/** A person of the directory, by id: the directory's chain is used, so it is always current. */
export const personRefSchema = z.strictObject({ person: z.string().regex(PERSON_ID) });

/** A free group in the attendee list ("lãnh đạo UBND tỉnh"), written as given. */
export const groupSchema = z.strictObject({ group: phrase(300).pipe(z.string().min(1)) });

const attendeeSchema = z.union([personRefSchema, groupSchema, inlinePersonSchema]);

export type InlinePerson = z.infer<typeof inlinePersonSchema>;
export type PersonRef = z.infer<typeof personRefSchema>;
export type AttendeeField = z.infer<typeof attendeeSchema>;

const STANDARD_KEYS = {
  template: true,
  session: true,
  date: true,
  place: true,
  host: true,
  counterpart: true,
  topic: true,
  noun: true,
  attendees: true,
  directive: true,
} as const;

/**
 * The fields of an article made from a template: what the form edits, what the draft stores
 * and what `soan-tin new` reads. The standard fields are typed; a template's own fields
 * ("kind": "tổng kết") are extra keys, each holding text (checked here, tidied like the rest).
 */
export const articleFieldsSchema = z
  .looseObject({
    template: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    session: z.preprocess(normaliseSession, z.enum(SESSIONS)).default(''),
    date: z.preprocess(normaliseDate, z.union([z.literal(''), z.iso.date()])).default(''),
    place: phrase(300).default(''),
    host: phrase(300).default(''),
    counterpart: phrase(300).default(''),
    topic: phrase(2000).default(''),
    /** Overrides the template's event noun ("buổi làm việc" instead of "hội nghị"). */
    noun: phrase(100).optional(),
    attendees: z.array(attendeeSchema).max(200).default([]),
    directive: z.union([personRefSchema, inlinePersonSchema, z.null()]).optional(),
  })
  .superRefine((fields, ctx) => {
    for (const [key, value] of Object.entries(fields)) {
      if (key in STANDARD_KEYS) continue;
      if (typeof value !== 'string') {
        ctx.addIssue({ code: 'custom', path: [key], message: `${key} must be text`, params: { problem: { code: 'wrong-type', detail: key } } });
      } else if (value.length > MAX_EXTRA_LENGTH) {
        ctx.addIssue({ code: 'custom', path: [key], message: `${key} is too long`, params: { problem: { code: 'bad-value', detail: key } } });
      }
    }
  })
  .transform((fields) => {
    const out: Record<string, unknown> = { ...fields };
    for (const [key, value] of Object.entries(fields)) if (!(key in STANDARD_KEYS) && typeof value === 'string') out[key] = tidyPhrase(value);
    return out as typeof fields;
  });

export type ArticleFields = z.infer<typeof articleFieldsSchema>;
export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;
