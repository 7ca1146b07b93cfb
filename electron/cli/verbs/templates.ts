import { builtinTemplates } from '../../../shared/templates/builtin-templates';
import { fieldId, STANDARD_FIELDS, type StandardField, type Template } from '../../../shared/templates/template-schema';

/** One template as `soan-tin templates` lists it: what a fields file for it may hold. */
export function templateSummary(t: Template) {
  return {
    id: t.id,
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
  };
}

/** `soan-tin templates`: the built-in templates, their names and fields, as JSON. */
export function templatesVerb(): string {
  return JSON.stringify(builtinTemplates().map(templateSummary), null, 2);
}
