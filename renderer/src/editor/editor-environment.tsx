import { createContext, useContext } from 'react';

/**
 * What the editor needs from the window around it, given as props by the shell: the editor
 * imports nothing from the app or the bridge, so it can be mounted anywhere (a test page, a
 * comparison page, a future second window).
 */
export interface EditorEnvironment {
  /** ⌘ instead of Ctrl, for shortcuts and their labels. */
  mac: boolean;
  /** Opens a link the body holds outside the app (Ctrl/⌘+click). */
  openLink: (url: string) => void;
}

const EditorEnvironmentContext = createContext<EditorEnvironment>({ mac: false, openLink: () => {} });

export const EditorEnvironmentProvider = EditorEnvironmentContext.Provider;

export function useEditorEnvironment(): EditorEnvironment {
  return useContext(EditorEnvironmentContext);
}
