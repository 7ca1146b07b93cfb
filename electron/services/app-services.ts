import path from 'node:path';
import { createDraftFiles } from './draft-file';
import { createRecentFiles } from './recent-files';
import { createRecoveryStore } from './recovery-store';
import { createSettings, type KeyValueStore } from './settings-store';

/**
 * The services behind the handler table, on the app's data folder and settings store. The
 * main process and the browser tests build them the same way, so the tests exercise what ships.
 */
export function createAppServices(userDataDir: string, store: KeyValueStore) {
  return {
    drafts: createDraftFiles(),
    recovery: createRecoveryStore(path.join(userDataDir, 'recovery')),
    recent: createRecentFiles(store),
    settings: createSettings(store),
  };
}
