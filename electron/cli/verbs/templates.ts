import { builtinTemplates } from '../../../shared/templates/builtin-templates';
import { templateCliEn, templateCliVi } from '../../../shared/i18n/messages/template-cli';
import type { OwnTemplateStore } from '../../services/templates/own-template-store';
import { CliRefusal } from '../cli-output';
import { firstLine } from './template-source';
import { fieldId, STANDARD_FIELDS, type StandardField, type Template } from '../../../shared/templates/template-schema';

/** One template as `soan-tin templates` lists it: what a fields file for it may hold, and where it comes from. */
export function templateSummary(t: Template, source: 'builtin' | 'own' = 'builtin') {
  return {
    id: t.id,
    source,
    version: t.version,
    name: t.name,
    description: t.description,
    noun: t.noun,
    category: t.category,
    fields: t.fields.map((spec) => {
      const id = fieldId(spec);
      const kind = id in STANDARD_FIELDS ? STANDARD_FIELDS[id as StandardField] : 'text';
      if (typeof spec === 'string') return { id, kind };
      return { id, kind, ...(spec.label ? { label: spec.label } : {}), ...(spec.options ? { options: spec.options } : {}), ...(spec.default ? { default: spec.default } : {}) };
    }),
    ...(t.defaults ? { defaults: t.defaults } : {}),
  };
}

/** `--templates-dir DIR` (the only option of `templates`; `new` takes it among its own). */
export function templatesDirArgument(args: readonly string[]): string | null {
  let dir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const eq = /^--templates-dir=(.+)$/.exec(args[i]);
    if (eq) dir = eq[1];
    else if (args[i] === '--templates-dir' && args[i + 1]) dir = args[++i];
    else throw new CliRefusal(templateCliVi.templatesUsage, templateCliEn.templatesUsage);
  }
  return dir;
}

/**
 * `soan-tin templates [--templates-dir DIR]`: the built-in templates and the office's own (the
 * data folder's), each marked with its source, their names and fields, as JSON. A file of the
 * folder that is not a usable template is named on stderr with why; the others are listed.
 */
export async function templatesVerb(own: OwnTemplateStore, warn: (line: string) => void = () => {}): Promise<string> {
  const { templates, skipped } = await own.list();
  for (const s of skipped) warn(`soan-tin: ${templateCliVi.skippedTemplate(s.file, firstLine(s.message.vi))} · ${templateCliEn.skippedTemplate(s.file, firstLine(s.message.en))}`);
  return JSON.stringify([...builtinTemplates().map((t) => templateSummary(t, 'builtin')), ...templates.map((t) => templateSummary(t, 'own'))], null, 2);
}
