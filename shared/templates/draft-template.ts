import { z } from 'zod';
import { articleFieldsSchema, type ArticleFields } from './fields-schema';

/** A fingerprint as fingerprint.ts writes it: FNV-1a in hex, a colon, the text's length. */
const FINGERPRINT = /^[0-9a-f]{8}:\d{1,6}$/;
const fingerprintText = z.string().regex(FINGERPRINT);

/**
 * What a draft made from a template keeps of it (article.json's `template`): which template and
 * which version of it, the fields as the form left them, and a fingerprint of each part the
 * engine last wrote into the draft, so a part the officer has not touched can follow the fields
 * and a part edited by hand is kept. The texts themselves are in the draft (title, sapô, body).
 */
export const draftTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  version: z.number().int().min(1),
  // Checked, not transformed: the article's schema reads and writes the same shape (the IPC
  // contract and the file agree), and whoever uses the fields parses them with the fields schema.
  fields: z.custom<ArticleFields>((value) => articleFieldsSchema.safeParse(value).success, { message: 'template fields are not valid' }),
  fingerprints: z.strictObject({
    title: fingerprintText,
    sapo: fingerprintText,
    attendees: fingerprintText,
    directiveOpening: fingerprintText,
    captions: z.array(fingerprintText).max(10),
  }),
});

export type DraftTemplate = z.infer<typeof draftTemplateSchema>;
