/**
 * What an import tells the officer besides the draft: what could not be kept, how the text was
 * read, what was guessed (the sapô, the date line). The window shows it; the command line
 * prints it.
 */
import { z } from 'zod';

export const LOST_KINDS = ['textBox', 'comment', 'trackedChange', 'shape', 'photo', 'embeddedObject', 'equation'] as const;
export type LostKind = (typeof LOST_KINDS)[number];

export const IMPORT_KINDS = ['docx', 'html', 'txt'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const importReportSchema = z.object({
  fileName: z.string().max(500),
  kind: z.enum(IMPORT_KINDS),
  /** For .txt and pasted-less HTML: what the text was read as ('unicode' when nothing was converted). */
  encoding: z.enum(['tcvn3', 'vni', 'viqr', 'unicode', 'unknown']),
  /** Runs converted because their font was a TCVN3 or VNI face. */
  legacyRuns: z.number().int().min(0),
  /** Things the file held that the draft does not, with how many of each. */
  lost: z.array(z.object({ kind: z.enum(LOST_KINDS), count: z.number().int().min(1) })),
  /** The first paragraph was taken as the sapô. */
  sapoFromFirstParagraph: z.boolean(),
  /** The date read from a line such as "Chiều ngày 28/5/2022, …" (ISO date), or null. */
  date: z.string().nullable(),
  photos: z.number().int().min(0),
  footnotes: z.number().int().min(0),
});
export type ImportReport = z.infer<typeof importReportSchema>;
