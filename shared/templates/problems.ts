import type { z } from 'zod';
import type { PatternProblemCode } from './pattern-language';
import type { TemplateRuleProblem } from './template-schema';

/** Why a template file or a fields file was refused; messages.ts says each in Vietnamese and English. */
export type FileProblemCode =
  | 'not-json'
  | 'missing-key'
  | 'wrong-type'
  | 'unknown-key'
  | 'bad-value'
  | 'bad-date'
  | 'bad-session'
  | 'bad-attendee'
  | TemplateRuleProblem['code']
  | PatternProblemCode;

export interface FileProblem {
  code: FileProblemCode;
  /** Where in the file: "sapo", "skeleton[3].text", "attendees[2]"; '' for the file as a whole. */
  path: string;
  /** For a pattern: the offset in it (0-based). */
  at?: number;
  /** A key, field or filter name, when there is one. */
  detail?: string;
}

/** A problem a schema's own rule found, carried in its issue's params. */
type RuleProblem = TemplateRuleProblem | { code: 'wrong-type' | 'bad-value'; detail: string };

export function pathText(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = json;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Zod's issues as problems the officer can be told about, looking at the file itself for what is missing. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], json: unknown): FileProblem[] {
  return issues.map((issue): FileProblem => {
    const path = pathText(issue.path);
    const rule = (issue as { params?: { problem?: RuleProblem } }).params?.problem;
    if (issue.code === 'custom' && rule) {
      return { code: rule.code, path, ...('at' in rule ? { at: rule.at } : {}), ...('detail' in rule && rule.detail !== undefined ? { detail: rule.detail } : {}) };
    }
    if (issue.code === 'unrecognized_keys') {
      return { code: 'unknown-key', path, detail: issue.keys.join(', ') };
    }
    const key = issue.path[issue.path.length - 1];
    if (issue.path.length === 1 && key === 'date') return { code: 'bad-date', path, detail: String(valueAt(json, issue.path) ?? '') };
    if (issue.path.length === 1 && key === 'session') return { code: 'bad-session', path, detail: String(valueAt(json, issue.path) ?? '') };
    if (issue.path[0] === 'attendees' && issue.path.length === 2 && issue.code === 'invalid_union') return { code: 'bad-attendee', path };
    if (issue.code === 'invalid_type') {
      return { code: valueAt(json, issue.path) === undefined ? 'missing-key' : 'wrong-type', path, detail: String(key ?? '') };
    }
    return { code: 'bad-value', path, detail: String(key ?? '') };
  });
}
