import { randomUUID } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import type { DirectoryPerson } from '../../../shared/directory/person-schema';
import { templateCliEn, templateCliVi } from '../../../shared/i18n/messages/template-cli';
import { jsonOf } from '../../../shared/templates/json-input';
import { parseFields } from '../../../shared/templates/parse-fields';
import { articleFromTemplate, withTemplateDefaults } from '../../../shared/templates/template-article';
import { writeDraft } from '../../services/draft/draft-files';
import { DirectoryFileError, readDirectoryFile } from '../../services/directory/directory-file';
import type { OwnTemplateStore } from '../../services/templates/own-template-store';
import { CliRefusal } from '../cli-output';
import { firstLine, templateFromArgument } from './template-source';

interface NewArguments {
  template: string;
  fields: string;
  directory: string | null;
  out: string;
  force: boolean;
  templatesDir: string | null;
}

function newArguments(args: readonly string[]): NewArguments {
  const named: Record<string, string | undefined> = {};
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = /^--(template|fields|directory|out|templates-dir)=(.*)$/.exec(arg);
    if (eq) named[eq[1]] = eq[2];
    else if (['--template', '--fields', '--directory', '--out', '-o', '--templates-dir'].includes(arg)) named[arg === '-o' ? 'out' : arg.slice(2)] = args[++i];
    else if (arg === '--force') force = true;
    else throw new CliRefusal(templateCliVi.newUsage, templateCliEn.newUsage);
  }
  const { template, fields, directory, out } = named;
  const templatesDir = named['templates-dir'];
  if (!template || !fields || !out || directory === '' || templatesDir === '') throw new CliRefusal(templateCliVi.newUsage, templateCliEn.newUsage);
  return { template, fields, directory: directory ?? null, out, force, templatesDir: templatesDir ?? null };
}

const exists = (path: string) => access(path).then(() => true, () => false);

async function directoryFromFile(path: string): Promise<DirectoryPerson[]> {
  try {
    const { people, skipped } = await readDirectoryFile(path);
    // A directory with a row it could not read would give a wrong title chain silently.
    if (skipped.length > 0) throw new DirectoryFileError(skipped[0]);
    return people;
  } catch (error) {
    if (error instanceof DirectoryFileError) throw new CliRefusal(templateCliVi.badDirectory(error.said.vi), templateCliEn.badDirectory(error.said.en));
    throw error;
  }
}

async function fieldsText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new CliRefusal(templateCliVi.unreadable(path), templateCliEn.unreadable(path));
  }
}

/**
 * `soan-tin new --template ID|FILE --fields FIELDS.json [--directory FILE] --out DRAFT.tinbai
 * [--force]`: the window's "new from template" without the window. The same engine writes the
 * title, sapô, attendee paragraph, directive opening and skeleton; the draft is written
 * atomically, never over an existing file without --force. Refused with one line (Vietnamese ·
 * English) and nothing written: bad fields, an unknown template, a bad directory, a field the
 * title needs left empty, a directory person who is not there.
 */
export async function newVerb(args: readonly string[], ownTemplates: (dir: string | null) => OwnTemplateStore, now: () => Date = () => new Date()): Promise<string> {
  const options = newArguments(args);
  const template = await templateFromArgument(options.template, ownTemplates(options.templatesDir));
  const directory = options.directory ? await directoryFromFile(options.directory) : [];

  const json = jsonOf(await fieldsText(options.fields));
  const given = json.ok && typeof json.value === 'object' && json.value !== null && !Array.isArray(json.value) ? (json.value as Record<string, unknown>) : null;
  if (given && typeof given.template === 'string' && given.template !== template.id) {
    throw new CliRefusal(templateCliVi.templateMismatch(given.template, template.id), templateCliEn.templateMismatch(given.template, template.id));
  }
  // The template named on the command line is the fields' template when the file does not say.
  // The template's defaults (an own template's host, place, attendees) where the file is silent.
  const fields = parseFields(given ? withTemplateDefaults(template, given) : json.ok ? json.value : '\u0000');
  if (!fields.ok) throw new CliRefusal(firstLine(fields.message.vi), firstLine(fields.message.en));

  if (!options.force && (await exists(options.out))) throw new CliRefusal(templateCliVi.outExists(options.out), templateCliEn.outExists(options.out));

  const { article, parts } = articleFromTemplate({ template, fields: fields.fields, directory, id: randomUUID(), now: now() });
  for (const issue of parts.issues) {
    if (issue.code === 'unknown-person') {
      const [vi, en] = directory.length === 0 && !options.directory
        ? [templateCliVi.needsDirectory(issue.personId), templateCliEn.needsDirectory(issue.personId)]
        : [templateCliVi.unknownPerson(issue.personId), templateCliEn.unknownPerson(issue.personId)];
      throw new CliRefusal(vi, en);
    }
  }
  const missing = parts.issues.flatMap((i) => (i.code === 'missing-field' ? [`“${i.field}”`] : []));
  if (missing.length > 0) throw new CliRefusal(templateCliVi.missingField(missing.join(', ')), templateCliEn.missingField(missing.join(', ')));

  await writeDraft(options.out, article);
  return JSON.stringify(
    {
      out: options.out,
      template: { id: template.id, version: template.version },
      title: article.meta.title,
      sapo: article.meta.sapo,
      attendees: parts.attendees,
      directiveOpening: parts.directiveOpening,
      captions: parts.captions,
      category: article.meta.category,
      keywords: article.meta.keywords,
      date: article.meta.date,
      // What the officer should look at: a directory person out of office on the article's date.
      issues: parts.issues,
    },
    null,
    2,
  );
}
