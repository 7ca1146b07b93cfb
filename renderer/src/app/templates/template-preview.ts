import { generateArticleParts, type ArticleParts } from '../../../../shared/templates/engine';
import { fieldId, STANDARD_FIELDS, type Template } from '../../../../shared/templates/template-schema';
import type { Locale } from '../../../../shared/i18n/locale';
import type { DirectoryPerson } from '../../../../shared/directory/person-schema';

/**
 * What a template writes, with each field shown as its name in angle quotes ("‹Bên chủ trì›"),
 * for the chooser's preview: the same engine as the draft, on stand-in fields; the values an own
 * template keeps (its defaults) are shown as they will be written.
 */
export function previewParts(
  template: Template,
  locale: Locale,
  names: Record<string, string>,
  mark: (label: string) => string,
  directory: readonly DirectoryPerson[] = [],
): ArticleParts {
  const fields: Record<string, unknown> = { template: template.id };
  for (const spec of template.fields) {
    const id = fieldId(spec);
    const label = typeof spec !== 'string' && spec.label ? spec.label[locale] : (names[id] ?? id);
    const kind = id in STANDARD_FIELDS ? STANDARD_FIELDS[id as keyof typeof STANDARD_FIELDS] : 'text';
    if (id === 'session' || kind === 'date') continue;
    if (kind === 'people') fields[id] = [{ group: mark(label) }];
    else if (kind === 'person') fields[id] = { name: mark(label), titles: [] };
    else fields[id] = mark(label);
  }
  for (const [id, value] of Object.entries(template.defaults ?? {})) fields[id] = value;
  return generateArticleParts(template, fields as { template: string }, directory);
}
