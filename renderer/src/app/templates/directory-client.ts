import { useEffect, useSyncExternalStore } from 'react';
import type { DirectoryPerson } from '../../../../shared/directory/person-schema';
import { call, isAppError } from '../../bridge';

/**
 * The leader directory as the page knows it: read once from the main process, shared by the Mẫu
 * tab, the "@" picker and the mention check, and replaced whole when the dialog saves it.
 */
let people: readonly DirectoryPerson[] = [];
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: readonly DirectoryPerson[]): void {
  people = next;
  for (const listener of listeners) listener();
}

export function loadDirectory(force = false): Promise<void> {
  if (loading && !force) return loading;
  loading = call('getDirectory', {}).then((result) => {
    if (!isAppError(result)) publish(result.people);
  });
  return loading;
}

/** What the dialog saved (checked and sorted by the main process). */
export function directorySaved(next: readonly DirectoryPerson[]): void {
  publish(next);
}

export function useDirectory(): readonly DirectoryPerson[] {
  useEffect(() => {
    void loadDirectory();
  }, []);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => people,
  );
}
