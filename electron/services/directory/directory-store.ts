import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sortByProtocol } from '../../../shared/directory/protocol-order';
import type { z } from 'zod';
import { directorySchema, type DirectoryPerson } from '../../../shared/directory/person-schema';
import { writeFileAtomically } from '../atomic-write';
import { errorCodeOf } from '../node-errors';
import { storedDirectorySchema } from './directory-file';

/** The leader directory in the app's data folder: one JSON file, checked by the schema, written atomically. */
export interface DirectoryStore {
  /** The people in protocol order; none when the office has not made a directory yet. */
  read(): Promise<DirectoryPerson[]>;
  /** Replaces the directory; the people are checked (unique ids, NFC) before anything is written. */
  write(people: z.input<typeof directorySchema>): Promise<DirectoryPerson[]>;
}

export function createDirectoryStore(file: string, platform: NodeJS.Platform = process.platform, log: (message: string) => void = () => {}): DirectoryStore {
  return {
    async read() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if (errorCodeOf(error) === 'ENOENT') return [];
        throw error;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      const parsed = storedDirectorySchema.safeParse(value);
      if (parsed.success) return sortByProtocol(parsed.data.people);
      // A damaged file is set aside, not overwritten by the next save: the office can still recover it.
      const aside = `${file}.damaged-${Date.now()}`;
      await rename(file, aside).catch(() => {});
      log(`directory file was damaged; kept as ${aside}`);
      return [];
    },
    async write(people) {
      const checked = sortByProtocol(directorySchema.parse(people));
      await mkdir(dirname(file), { recursive: true });
      await writeFileAtomically(file, Buffer.from(`${JSON.stringify({ version: 1, people: checked }, null, 2)}\n`, 'utf8'), platform);
      return checked;
    },
  };
}
