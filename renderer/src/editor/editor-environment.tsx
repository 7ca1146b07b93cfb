import { createContext, useContext } from 'react';
import type { MediaItem } from '../../../shared/article/article-schema';
import type { DirectoryPerson } from '../../../shared/directory/person-schema';

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
  /** Chèn ảnh…: the window asks for photos and inserts each as it is ready. */
  insertPhotos: () => void;
  /** Photos dropped on or pasted into the body, made into masters; a failure is told by the window. */
  importPhotoFiles: (files: File[]) => Promise<MediaItem[]>;
  /** A picture of a paste, by its bytes or by Word's clipboard URL, made into a master; null when it cannot be. */
  importPastedPicture: (source: PastedPictureSource) => Promise<MediaItem | null>;
  /** The leader directory the "@" picker offers. */
  directory: readonly DirectoryPerson[];
  /** The article's date (ISO, or ''): who was in office then. */
  articleDate: string;
  /** The photo captions the draft's template writes, in the template's order; none without a template. */
  captionSuggestions: readonly string[];
}

export type PastedPictureSource = { url: string } | { bytes: Uint8Array; name: string };

const EditorEnvironmentContext = createContext<EditorEnvironment>({
  mac: false,
  openLink: () => {},
  insertPhotos: () => {},
  importPhotoFiles: async () => [],
  importPastedPicture: async () => null,
  directory: [],
  articleDate: '',
  captionSuggestions: [],
});

export const EditorEnvironmentProvider = EditorEnvironmentContext.Provider;

export function useEditorEnvironment(): EditorEnvironment {
  return useContext(EditorEnvironmentContext);
}
