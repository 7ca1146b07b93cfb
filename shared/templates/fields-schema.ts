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
const phrase = (max: number) => text(max).transform((s) => s.replace(/[\s.,;:]+$/u, ''));

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

/**
 * The fields of an article made from a template: what the form edits, what the draft stores
 * and what `soan-tin new` reads. The standard fields are typed; a template's own fields
 * ("kind": "tổng kết") are extra keys holding text.
 */
export const articleFieldsSchema = z
  .object({
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
  .catchall(phrase(2000));

export type ArticleFields = z.infer<typeof articleFieldsSchema>;
export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;
