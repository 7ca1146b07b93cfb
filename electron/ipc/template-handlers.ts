import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { InvokeInput, InvokeOutput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';
import { templateFileMessage } from '../../shared/templates/messages';
import { MAX_TEMPLATE_FILE_BYTES, checkTemplateFile } from '../../shared/templates/template-file';
import { writeFileAtomically } from '../services/atomic-write';
import type { Dialogs, Settings } from '../services/ports';
import { templateFileBytes, type OwnTemplateStore } from '../services/templates/own-template-store';
import { checkWritableName, writeErrorFromNode } from '../services/write-errors';

export interface TemplateHandlerDeps {
  /** The own templates in the data folder; without it the list is empty and storing is refused. */
  templates?: OwnTemplateStore;
  dialogs: Dialogs;
  settings: Settings;
  platform?: NodeJS.Platform;
}

type TemplateMethod = 'listTemplates' | 'saveTemplate' | 'removeTemplate' | 'importTemplate' | 'exportTemplate';
export type TemplateHandlerTable = {
  [M in TemplateMethod]: (input: InvokeInput<M>) => Promise<InvokeOutput<M>>;
};

/** A file chosen in Nhập mẫu…, checked before anything is stored: its size first, then its content. */
async function readTemplateFile(file: string) {
  try {
    const info = await stat(file);
    if (!info.isFile()) return checkFailed('unreadable', basename(file));
    if (info.size > MAX_TEMPLATE_FILE_BYTES) return checkFailed('too-big', String(Math.ceil(info.size / 1024)));
    const bytes = await readFile(file);
    return checkTemplateFile(bytes.toString('utf8'), bytes.length);
  } catch {
    return checkFailed('unreadable', basename(file));
  }
}

function checkFailed(code: 'unreadable' | 'too-big', detail: string) {
  return { ok: false as const, message: templateFileMessage(code, detail) };
}

/** The own templates' calls: list, save, remove in the data folder; import and export through the main process's dialogs. */
export function createTemplateHandlers({ templates, dialogs, settings, platform = process.platform }: TemplateHandlerDeps): TemplateHandlerTable {
  const needStore = () => {
    if (!templates) throw new AppError('folder-not-found', 'no own-templates folder');
    return templates;
  };
  return {
    async listTemplates() {
      if (!templates) return { templates: [], skipped: [] };
      return templates.list();
    },

    async saveTemplate({ template, replace }) {
      return needStore().save(template, { replace });
    },

    async removeTemplate({ id }) {
      await needStore().remove(id);
      return {};
    },

    async importTemplate() {
      const file = (await dialogs.chooseTemplateFile?.(settings.getLocale())) ?? null;
      if (!file) return { status: 'cancelled' as const };
      const checked = await readTemplateFile(file);
      if (!checked.ok) return { status: 'refused' as const, message: checked.message };
      return { status: 'read' as const, template: checked.template };
    },

    async exportTemplate({ id }) {
      const template = await needStore().get(id);
      if (!template) throw new AppError('file-not-found', `no own template ${id}`);
      const file = (await dialogs.chooseTemplateExportPath?.(`${id}.json`, settings.getLocale())) ?? null;
      if (!file) return { status: 'cancelled' as const };
      checkWritableName(file, platform);
      try {
        await writeFileAtomically(file, templateFileBytes(template), platform);
      } catch (error) {
        throw error instanceof AppError ? error : (writeErrorFromNode(error) ?? error);
      }
      return { status: 'exported' as const, path: file };
    },
  };
}
