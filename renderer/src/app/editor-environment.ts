import type { DirectoryPerson } from '../../../shared/directory/person-schema';
import type { EditorEnvironment } from '../editor';
import { call } from '../bridge';

/** Chromium reports the OS the window runs on; the native menu and the page's labels agree on it. */
function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

const mac = typeof navigator !== 'undefined' && isMacPlatform(navigator.platform ?? '');
const openLink = (url: string) => void call('openExternal', { url });

/** What the window gives the editor: the platform, links opened by the main process, its photo import, the leader directory and the template's captions. */
export function windowEditorEnvironment(
  photos: Pick<EditorEnvironment, 'insertPhotos' | 'importPhotoFiles' | 'importPastedPicture'>,
  directory: readonly DirectoryPerson[],
  articleDate: string,
  captionSuggestions: readonly string[],
): EditorEnvironment {
  return {
    mac,
    openLink,
    insertPhotos: photos.insertPhotos,
    importPhotoFiles: photos.importPhotoFiles,
    importPastedPicture: photos.importPastedPicture,
    directory,
    articleDate,
    captionSuggestions,
  };
}
