import { useEffect, useSyncExternalStore } from 'react';
import type { Template } from '../../../../shared/templates/template-schema';
import { call, isAppError } from '../../bridge';

export interface OwnTemplates {
  templates: readonly Template[];
  /** Files of the data folder's templates folder that could not be used, with why. */
  skipped: readonly { file: string; message: { vi: string; en: string } }[];
}

/**
 * The office's own templates as the page knows them: read from the main process once, shared by
 * the chooser, the Mẫu tab (a draft made from one finds it) and the save dialog, and read again
 * after each save, import or removal.
 */
let current: OwnTemplates = { templates: [], skipped: [] };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: OwnTemplates): void {
  current = next;
  for (const listener of listeners) listener();
}

export function loadOwnTemplates(force = false): Promise<void> {
  if (loading && !force) return loading;
  loading = call('listTemplates', {}).then((result) => {
    if (!isAppError(result)) publish(result);
  });
  return loading;
}

/** What the page has now, without waiting (template-library.ts). */
export function ownTemplatesNow(): OwnTemplates {
  return current;
}

export function useOwnTemplates(): OwnTemplates {
  useEffect(() => {
    void loadOwnTemplates();
  }, []);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
