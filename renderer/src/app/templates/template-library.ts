import { builtinTemplate, builtinTemplates } from '../../../../shared/templates/builtin-templates';
import type { Template } from '../../../../shared/templates/template-schema';
import { ownTemplatesNow } from './own-templates-client';

/** The templates the window offers, in the chooser's order: the built-ins (read through the same parser as any file). */
export function availableTemplates(): readonly Template[] {
  return builtinTemplates();
}

/** The template a draft names, a built-in or one of the office's own, or null when this computer does not have it. */
export function templateById(id: string): Template | null {
  return builtinTemplate(id) ?? ownTemplatesNow().templates.find((t) => t.id === id) ?? null;
}
