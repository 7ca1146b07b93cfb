import { directorySchema, type DirectoryPerson } from '../../shared/directory/person-schema';
import { sortByProtocol } from '../../shared/directory/protocol-order';
import type { InvokeInput, InvokeOutput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';
import { writeFileAtomically } from '../services/atomic-write';
import { DirectoryFileError, directoryFileBytes, directoryFormatOf, readDirectoryFile } from '../services/directory/directory-file';
import type { DirectoryStore } from '../services/directory/directory-store';
import type { Dialogs, Settings } from '../services/ports';
import { checkWritableName, writeErrorFromNode } from '../services/write-errors';

export interface DirectoryHandlerDeps {
  directory?: DirectoryStore;
  dialogs: Dialogs;
  settings: Settings;
  platform?: NodeJS.Platform;
}

type DirectoryMethod = 'getDirectory' | 'saveDirectory' | 'importDirectory' | 'exportDirectory';
export type DirectoryHandlerTable = {
  [M in DirectoryMethod]: (input: InvokeInput<M>) => Promise<InvokeOutput<M>>;
};

/** Most rows a spreadsheet import reports as skipped (the rest are counted in the last line). */
const MAX_SKIPPED = 200;

/** The leader directory's calls: read and save it in the data folder, import and export through the main process's dialogs. */
/** A directory that lives only as long as the handler table (where no data folder was given). */
function memoryDirectory(): DirectoryStore {
  let people: DirectoryPerson[] = [];
  return {
    read: async () => people,
    write: async (next) => (people = sortByProtocol(directorySchema.parse(next))),
  };
}

export function createDirectoryHandlers({ directory = memoryDirectory(), dialogs, settings, platform = process.platform }: DirectoryHandlerDeps): DirectoryHandlerTable {
  return {
    async getDirectory() {
      return { people: await directory.read() };
    },

    async saveDirectory({ people }) {
      return { people: await directory.write(people) };
    },

    async importDirectory() {
      const file = (await dialogs.chooseDirectoryFile?.(settings.getLocale())) ?? null;
      if (!file) return { status: 'cancelled' as const };
      try {
        const { people, skipped } = await readDirectoryFile(file);
        // Shown as the directory will be kept: in protocol order.
        const ordered = sortByProtocol(people);
        const shown = skipped.slice(0, MAX_SKIPPED);
        const more = skipped.length - shown.length;
        if (more > 0) shown.push({ vi: `… và ${more} dòng khác.`, en: `… and ${more} more rows.` });
        return { status: 'read' as const, people: ordered, skipped: shown };
      } catch (error) {
        if (error instanceof DirectoryFileError) return { status: 'refused' as const, message: error.said };
        throw error;
      }
    },

    async exportDirectory() {
      const locale = settings.getLocale();
      const chosen = (await dialogs.chooseDirectoryExportPath?.('danh-ba-lanh-dao.xlsx', locale)) ?? null;
      if (!chosen) return { status: 'cancelled' as const };
      const format = directoryFormatOf(chosen);
      // Written as the name says; a name that says nothing known gets .xlsx, the office's usual file.
      const file = format ? chosen : `${chosen}.xlsx`;
      checkWritableName(file, platform);
      const bytes = await directoryFileBytes(await directory.read(), format ?? 'xlsx', locale);
      try {
        await writeFileAtomically(file, bytes, platform);
      } catch (error) {
        throw error instanceof AppError ? error : (writeErrorFromNode(error) ?? error);
      }
      return { status: 'exported' as const, path: file };
    },
  };
}
