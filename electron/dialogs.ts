import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import { withDraftExtension } from '../shared/article/file-name';
import { TINBAI_EXTENSION } from '../shared/article/format';
import { messagesFor } from '../shared/i18n/catalog';
import type { Locale } from '../shared/i18n/locale';
import type { Dialogs } from './services/ports';

/** What the photo dialog lists; other files are refused with a reason if chosen anyway. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'tif', 'tiff', 'avif', 'heic', 'heif', 'JPG', 'JPEG', 'PNG'];

/** What Nhập tệp… lists (a .doc chosen anyway is refused with a reason). */
export const IMPORT_EXTENSIONS = ['docx', 'html', 'htm', 'txt', 'DOCX', 'HTML', 'HTM', 'TXT'];

export function draftFilters(locale: Locale): FileFilter[] {
  return [{ name: messagesFor(locale).menu.draftFilter, extensions: [TINBAI_EXTENSION] }];
}

/**
 * The Open and Save dialogs, titled in the user's language, attached to the editor window
 * when there is one (a sheet on macOS).
 */
export function createDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  parentWindow: () => BrowserWindow | null,
  defaultFolder: () => string | undefined = () => undefined,
  exists: (file: string) => boolean = existsSync,
): Dialogs {
  return {
    async chooseDraftToOpen(locale) {
      const options = {
        title: messagesFor(locale).menu.openTitle,
        defaultPath: defaultFolder(),
        filters: draftFilters(locale),
        properties: ['openFile' as const],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async choosePhotos(locale) {
      const m = messagesFor(locale).menu;
      const options = {
        title: m.insertPhotoTitle,
        defaultPath: defaultFolder(),
        filters: [{ name: m.photoFilter, extensions: PHOTO_EXTENSIONS }],
        properties: ['openFile' as const, 'multiSelections' as const],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseFileToImport(locale) {
      const m = messagesFor(locale).menu;
      const options = {
        title: m.importTitle,
        defaultPath: defaultFolder(),
        filters: [{ name: m.importFilter, extensions: IMPORT_EXTENSIONS }],
        properties: ['openFile' as const],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async choosePdfPath(suggestedName, locale) {
      const m = messagesFor(locale).menu;
      const folder = defaultFolder();
      let defaultPath = folder ? path.join(folder, suggestedName) : suggestedName;
      for (;;) {
        const options = {
          title: m.pdfTitle,
          defaultPath,
          filters: [{ name: m.pdfFilter, extensions: ['pdf'] }],
          properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
        };
        const parent = parentWindow();
        const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
        if (result.canceled || !result.filePath) return null;
        // As for drafts: a Linux dialog adds no extension and asked about the name without it.
        const full = /\.pdf$/i.test(result.filePath) ? result.filePath : `${result.filePath}.pdf`;
        if (full === result.filePath || !exists(full)) return full;
        defaultPath = full;
      }
    },
    async chooseExportTarget(suggestedName, kind, locale) {
      const m = messagesFor(locale).menu;
      const folder = defaultFolder();
      const options = {
        title: kind === 'zip' ? m.exportZipTitle : m.exportFolderTitle,
        defaultPath: folder ? path.join(folder, suggestedName) : suggestedName,
        filters: kind === 'zip' ? [{ name: m.exportZipFilter, extensions: ['zip'] }] : [],
        // No overwrite question here: the page asks, the same way for a folder and a .zip.
        properties: ['createDirectory' as const],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return kind === 'zip' && !/\.zip$/i.test(result.filePath) ? `${result.filePath}.zip` : result.filePath;
    },
    async chooseDirectoryFile(locale) {
      const m = messagesFor(locale).templates;
      const options = {
        title: m.directoryImportTitle,
        defaultPath: defaultFolder(),
        filters: [{ name: m.directoryFilter, extensions: ['xlsx', 'xls', 'csv', 'json', 'txt', 'XLSX', 'XLS', 'CSV', 'JSON', 'TXT'] }],
        properties: ['openFile' as const],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseDirectoryExportPath(suggestedName, locale) {
      const m = messagesFor(locale).templates;
      const folder = defaultFolder();
      const options = {
        title: m.directoryExportTitle,
        defaultPath: folder ? path.join(folder, suggestedName) : suggestedName,
        filters: [
          { name: m.directoryXlsxFilter, extensions: ['xlsx'] },
          { name: m.directoryCsvFilter, extensions: ['csv'] },
          { name: m.directoryJsonFilter, extensions: ['json'] },
        ],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      // A Linux dialog adds no extension: a name without a known one becomes an Excel workbook.
      return /\.(xlsx|csv|json)$/i.test(result.filePath) ? result.filePath : `${result.filePath}.xlsx`;
    },
    async chooseTemplateFile(locale) {
      const m = messagesFor(locale).templates;
      const options = {
        title: m.templateImportTitle,
        defaultPath: defaultFolder(),
        filters: [{ name: m.templateFilter, extensions: ['json', 'JSON'] }],
        properties: ['openFile' as const],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseTemplateExportPath(suggestedName, locale) {
      const m = messagesFor(locale).templates;
      const folder = defaultFolder();
      const options = {
        title: m.templateExportTitle,
        defaultPath: folder ? path.join(folder, suggestedName) : suggestedName,
        filters: [{ name: m.templateFilter, extensions: ['json'] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith('.json') ? result.filePath : `${result.filePath}.json`;
    },
    async chooseProfileFile(locale) {
      const m = messagesFor(locale).menu;
      const options = {
        title: m.profileTitle,
        defaultPath: defaultFolder(),
        filters: [{ name: m.profileFilter, extensions: ['json', 'JSON'] }],
        properties: ['openFile' as const],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseSavePath(suggestedName, locale) {
      const folder = defaultFolder();
      let defaultPath = folder ? path.join(folder, suggestedName) : suggestedName;
      for (;;) {
        const options = {
          title: messagesFor(locale).menu.saveTitle,
          defaultPath,
          filters: draftFilters(locale),
          properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
        };
        const parent = parentWindow();
        const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
        if (result.canceled || !result.filePath) return null;
        // Linux dialogs do not add the extension, and asked about overwriting the name without it.
        const full = withDraftExtension(result.filePath);
        if (full === result.filePath || !exists(full)) return full;
        // The full name is taken: ask again with it, so the dialog asks about replacing it.
        defaultPath = full;
      }
    },
  };
}
