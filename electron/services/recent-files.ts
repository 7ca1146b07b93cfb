import { recentFileSchema, type RecentFile } from '../../shared/ipc/contract';
import { pathIdentity } from './path-identity';
import type { RecentFiles } from './ports';
import { MAX_RECENT_FILES, type KeyValueStore } from './settings-store';

const KEY = 'recentFiles';
const MAX_TITLE = 500;

export interface RecentFilesOptions {
  /** Decides whether two spellings name the same file. */
  platform?: NodeJS.Platform;
}

/** The list after opening or saving `entry`: it goes to the top, its older spelling goes away, at most ten stay. */
export function withRecent(list: readonly RecentFile[], entry: RecentFile, platform: NodeJS.Platform): RecentFile[] {
  const key = pathIdentity(entry.path, platform);
  return [entry, ...list.filter((f) => pathIdentity(f.path, platform) !== key)].slice(0, MAX_RECENT_FILES);
}

/** What the store holds, keeping only well-formed entries (the file can be edited by hand). */
function storedList(store: KeyValueStore): RecentFile[] {
  const raw = store.get(KEY);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = recentFileSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function createRecentFiles(
  store: KeyValueStore,
  now: () => Date = () => new Date(),
  options: RecentFilesOptions = {},
): RecentFiles {
  const platform = options.platform ?? process.platform;
  return {
    list: () => storedList(store).slice(0, MAX_RECENT_FILES),
    add(path, title) {
      const entry: RecentFile = { path, title: title.slice(0, MAX_TITLE), openedAt: now().toISOString() };
      store.set(KEY, withRecent(storedList(store), entry, platform));
    },
  };
}
