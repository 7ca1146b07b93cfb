import blank from './builtin/blank.json' with { type: 'json' };
import conference from './builtin/conference.json' with { type: 'json' };
import inspection from './builtin/inspection.json' with { type: 'json' };
import reception from './builtin/reception.json' with { type: 'json' };
import workingSession from './builtin/working-session.json' with { type: 'json' };
import { parseTemplate } from './parse-template';
import type { Template } from './template-schema';

/** The built-in templates, in the order the "new from template" list shows them. */
const FILES: readonly unknown[] = [workingSession, conference, inspection, reception, blank];

let loaded: readonly Template[] | null = null;

/**
 * The built-in templates, read through parseTemplate exactly as the officer's own files are
 * (and once: they do not change while the app runs). A built-in that fails the schema is a
 * defect of this build, so it throws rather than hiding a template.
 */
export function builtinTemplates(): readonly Template[] {
  if (!loaded) {
    loaded = FILES.map((file) => {
      const parsed = parseTemplate(file);
      if (!parsed.ok) throw new Error(`built-in template: ${parsed.message.en}`);
      return parsed.template;
    });
  }
  return loaded;
}

export function builtinTemplate(id: string): Template | undefined {
  return builtinTemplates().find((t) => t.id === id);
}
