import { useSyncExternalStore } from 'react';
import { documentReducer, type DocumentAction, type DocumentState } from '../../../shared/document/document-state';

/**
 * The open document's state outside React: every keystroke updates it (the edit counter
 * moves), but a part of the window redraws only when the slice it shows has changed.
 */
export interface DocumentStore {
  getState(): DocumentState;
  dispatch(action: DocumentAction): void;
  subscribe(listener: () => void): () => void;
}

export function createDocumentStore(initial: DocumentState): DocumentStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = documentReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One slice of the document; the component redraws only when that slice changes. */
export function useDocument<T>(store: DocumentStore, select: (state: DocumentState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
