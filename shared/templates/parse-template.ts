import { jsonOf } from './json-input';
import { describeProblems } from './messages';
import { problemsFromIssues, type FileProblem } from './problems';
import { templateSchema, type Template } from './template-schema';

export type TemplateParse =
  | { ok: true; template: Template }
  | { ok: false; problems: FileProblem[]; message: { vi: string; en: string } };

/**
 * A template file (its text or its parsed JSON), checked whole: the built-in templates and the
 * officer's own go through this same door. On a bad file every problem is listed with where
 * it is, and a message in Vietnamese and English to show as it is.
 */
export function parseTemplate(input: unknown): TemplateParse {
  const json = jsonOf(input);
  if (!json.ok) {
    const problems: FileProblem[] = [{ code: 'not-json', path: '' }];
    return { ok: false, problems, message: describeProblems(problems, 'template') };
  }
  const parsed = templateSchema.safeParse(json.value);
  if (parsed.success) return { ok: true, template: parsed.data };
  const problems = problemsFromIssues(parsed.error.issues, json.value);
  return { ok: false, problems, message: describeProblems(problems, 'template') };
}
