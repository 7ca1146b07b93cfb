import { readFile } from 'node:fs/promises';
import { builtinTemplate, builtinTemplates } from '../../../shared/templates/builtin-templates';
import { parseTemplate } from '../../../shared/templates/parse-template';
import type { Template } from '../../../shared/templates/template-schema';
import { templateCliEn, templateCliVi } from '../../../shared/i18n/messages/template-cli';
import type { OwnTemplateStore } from '../../services/templates/own-template-store';
import { CliRefusal } from '../cli-output';

/** The first line of a file problem message: the command line says one line. */
const firstLine = (text: string) => text.split('\n')[0];

/**
 * `--template ID|FILE`: a built-in template by its id, one of the office's own templates (the
 * data folder's, or --templates-dir) by its id, or a template file read through the same
 * parseTemplate as the built-ins and the window's own templates. A name that is none of these is
 * refused with the list of ids.
 */
export async function templateFromArgument(argument: string, own?: OwnTemplateStore): Promise<Template> {
  const builtin = builtinTemplate(argument);
  if (builtin) return builtin;
  const owned = own ? await own.list() : { templates: [] };
  const mine = owned.templates.find((t) => t.id === argument);
  if (mine) return mine;
  const looksLikeFile = /[\\/]|\.json$/i.test(argument);
  let text: string;
  try {
    text = await readFile(argument, 'utf8');
  } catch {
    if (looksLikeFile) throw new CliRefusal(templateCliVi.unreadable(argument), templateCliEn.unreadable(argument));
    const known = [...builtinTemplates(), ...owned.templates].map((t) => t.id).join(', ');
    throw new CliRefusal(templateCliVi.unknownTemplate(argument, known), templateCliEn.unknownTemplate(argument, known));
  }
  const parsed = parseTemplate(text);
  if (!parsed.ok) throw new CliRefusal(firstLine(parsed.message.vi), firstLine(parsed.message.en));
  return parsed.template;
}

export { firstLine };
