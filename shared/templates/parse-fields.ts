import { articleFieldsSchema, type ArticleFields } from './fields-schema';
import { jsonOf } from './json-input';
import { describeProblems } from './messages';
import { problemsFromIssues, type FileProblem } from './problems';

export type FieldsParse = { ok: true; fields: ArticleFields } | { ok: false; problems: FileProblem[]; message: { vi: string; en: string } };

/**
 * An article's fields (the JSON the form edits, the draft stores and `soan-tin new` reads),
 * as text or parsed JSON. Dates may be ISO or typed as news copy writes them (28/5/2022);
 * the session is "Sáng", "Chiều", "Tối" or empty in any case. Text comes back NFC.
 */
export function parseFields(input: unknown): FieldsParse {
  const json = jsonOf(input);
  if (!json.ok) {
    const problems: FileProblem[] = [{ code: 'not-json', path: '' }];
    return { ok: false, problems, message: describeProblems(problems, 'fields') };
  }
  const parsed = articleFieldsSchema.safeParse(json.value);
  if (parsed.success) return { ok: true, fields: parsed.data };
  const problems = problemsFromIssues(parsed.error.issues, json.value);
  return { ok: false, problems, message: describeProblems(problems, 'fields') };
}
