import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { MAX_TEMPLATE_FILE_BYTES, checkTemplateFile } from '../../../shared/templates/template-file';
import { templateFileMessage } from '../../../shared/templates/messages';
import { builtinTemplate } from '../../../shared/templates/builtin-templates';
import { templateSchema, type Template, type TemplateInput } from '../../../shared/templates/template-schema';
import { TEMPLATE_ID } from '../../../shared/templates/template-id';
import { writeFileAtomically } from '../atomic-write';
import { errorCodeOf } from '../node-errors';

/** A sentence for the officer, Vietnamese and English. */
export interface Said {
  vi: string;
  en: string;
}

export interface OwnTemplateList {
  /** The office's templates, by name. */
  templates: Template[];
  /** Files of the folder that are not templates the app can use, each with why. */
  skipped: { file: string; message: Said }[];
}

export type SaveOutcome = { status: 'saved'; template: Template } | { status: 'exists' } | { status: 'refused'; message: Said };

/**
 * The office's own templates in the app's data folder (`<userData>/templates/<id>.json`), in the
 * format of the built-ins and read back through the same parser. A file that is not a usable
 * template (not JSON, a bad pattern, too big, a built-in's id, an id twice) is skipped and listed
 * with its reason, never an error for the whole list. Writes are atomic.
 */
export interface OwnTemplateStore {
  readonly folder: string;
  list(): Promise<OwnTemplateList>;
  get(id: string): Promise<Template | null>;
  /** Stores a template as `<id>.json`; an existing one of that id only with `replace` (its version then goes up). */
  save(template: TemplateInput, options: { replace: boolean }): Promise<SaveOutcome>;
  remove(id: string): Promise<void>;
}

const byName = (a: Template, b: Template) => a.name.vi.localeCompare(b.name.vi, 'vi') || a.id.localeCompare(b.id);

export function templateFileBytes(template: Template): Buffer {
  return Buffer.from(`${JSON.stringify(template, null, 2)}\n`, 'utf8');
}

export function createOwnTemplateStore(folder: string, platform: NodeJS.Platform = process.platform): OwnTemplateStore {
  /** Each template with the file it came from (a file put there by hand may have another name). */
  async function scan(): Promise<OwnTemplateList & { files: Map<string, string> }> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if (errorCodeOf(error) === 'ENOENT') return { templates: [], skipped: [], files: new Map() };
      throw error;
    }
    const templates: Template[] = [];
    const skipped: OwnTemplateList['skipped'] = [];
    const files = new Map<string, string>();
    for (const file of names.filter((n) => n.toLowerCase().endsWith('.json')).sort()) {
      const path = join(folder, file);
      const skip = (message: Said) => skipped.push({ file, message });
      try {
        const info = await stat(path);
        if (!info.isFile()) continue;
        if (info.size > MAX_TEMPLATE_FILE_BYTES) {
          skip(templateFileMessage('too-big', String(Math.ceil(info.size / 1024))));
          continue;
        }
        const text = await readFile(path, 'utf8');
        const checked = checkTemplateFile(text, Buffer.byteLength(text));
        if (!checked.ok) skip(checked.message);
        else if (files.has(checked.template.id)) {
          const first = basename(files.get(checked.template.id)!);
          skip({ vi: `Mã mẫu “${checked.template.id}” đã có ở tệp ${first}.`, en: `The template id “${checked.template.id}” is already used by ${first}.` });
        } else {
          files.set(checked.template.id, path);
          templates.push(checked.template);
        }
      } catch {
        skip(templateFileMessage('unreadable', file));
      }
    }
    return { templates: templates.sort(byName), skipped, files };
  }

  return {
    folder,
    async list() {
      const { templates, skipped } = await scan();
      return { templates, skipped };
    },
    async get(id) {
      return (await scan()).templates.find((t) => t.id === id) ?? null;
    },
    async save(input, { replace }) {
      const template = templateSchema.parse(input);
      if (builtinTemplate(template.id)) return { status: 'refused', message: templateFileMessage('builtin-id', template.id) };
      const { templates, files } = await scan();
      const old = templates.find((t) => t.id === template.id);
      if (old && !replace) return { status: 'exists' };
      const stored: Template = old ? { ...template, version: Math.max(template.version, old.version + 1) } : template;
      await mkdir(folder, { recursive: true });
      const target = join(folder, `${template.id}.json`);
      await writeFileAtomically(target, templateFileBytes(stored), platform);
      // A hand-placed file of another name held the old one: it must not come back as a duplicate.
      const before = files.get(template.id);
      if (before && before !== target) await unlink(before).catch(() => {});
      return { status: 'saved', template: stored };
    },
    async remove(id) {
      if (!TEMPLATE_ID.test(id)) throw new AppError('invalid-payload', 'not a template id');
      const file = (await scan()).files.get(id);
      if (!file) throw new AppError('file-not-found', `no own template ${id}`);
      await unlink(file);
    },
  };
}
