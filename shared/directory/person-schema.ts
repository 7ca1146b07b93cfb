import { z } from 'zod';

/** A directory id: what a draft's fields point at ({"person": "le-thi-thuy"}). */
export const PERSON_ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;

/** Text as it is stored: NFC, trimmed, inner runs of spaces made one. */
const text = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max));

const isoDate = z.iso.date();

/**
 * One leader as the press office's directory holds them. `titles` is the chain in the order
 * news copy writes it ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh");
 * `shortForm` is the post used before the name in a short mention when the usual rule (the
 * main post, not a membership) is not what the office writes; `rank` orders people by
 * protocol (smaller comes first).
 */
export const directoryPersonSchema = z
  .strictObject({
    id: z.string().regex(PERSON_ID),
    honorific: text(30).default(''),
    name: text(100).pipe(z.string().min(1)),
    titles: z.array(text(300).pipe(z.string().min(1))).max(20),
    shortForm: text(300).pipe(z.string().min(1)).optional(),
    unit: text(300).default(''),
    rank: z.number().int().min(0).max(1_000_000),
    inOfficeFrom: isoDate.optional(),
    inOfficeTo: isoDate.optional(),
  })
  .refine((p) => !p.inOfficeFrom || !p.inOfficeTo || p.inOfficeFrom <= p.inOfficeTo, {
    message: 'inOfficeFrom is after inOfficeTo',
    path: ['inOfficeTo'],
  });

export type DirectoryPerson = z.infer<typeof directoryPersonSchema>;

/** The most people a directory holds (a province's leaders and heads of units are a few hundred). */
export const MAX_DIRECTORY_PEOPLE = 5000;

/** The whole directory: ids are unique, since drafts refer to people by id. */
export const directorySchema = z
  .array(directoryPersonSchema)
  .max(MAX_DIRECTORY_PEOPLE)
  .superRefine((people, ctx) => {
    const seen = new Set<string>();
    people.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${p.id}`, path: [i, 'id'] });
      seen.add(p.id);
    });
  });

/** What formatting needs of a person, wherever they come from (the directory or a draft's fields). */
export interface PersonLike {
  readonly honorific?: string;
  readonly name: string;
  readonly titles: readonly string[];
  readonly shortForm?: string;
}
