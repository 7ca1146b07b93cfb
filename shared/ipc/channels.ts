/**
 * The names of every channel between the page and the main process. Kept apart from the
 * schemas so that the preload (one small CommonJS file) needs no validation library.
 * `contract.ts` checks that each name here has its schemas and each schema its name.
 */
export const INVOKE_CHANNELS = {
  getStartup: 'app:startup',
  openDocument: 'document:open',
  saveDocument: 'document:save',
  writeRecovery: 'recovery:write',
  readRecovery: 'recovery:read',
  discardRecovery: 'recovery:discard',
  setDirty: 'window:set-dirty',
  closeWindow: 'window:close',
  setLocale: 'settings:set-locale',
  openExternal: 'shell:open-external',
  setPanelCollapsed: 'settings:set-panel-collapsed',
  importPhotos: 'photos:import',
  importPhotoBytes: 'photos:import-bytes',
  importWordPicture: 'photos:import-word-picture',
  cancelPhotoImport: 'photos:cancel',
  guessPhotoCrop: 'photos:guess-crop',
  getToneStyle: 'settings:get-tone-style',
  setToneStyle: 'settings:set-tone-style',
  importFile: 'import:file',
  // The leader directory (directory-contract.ts has their schemas).
  getDirectory: 'directory:get',
  saveDirectory: 'directory:save',
  importDirectory: 'directory:import',
  exportDirectory: 'directory:export',
  // The office's own templates (template-contract.ts has their schemas).
  listTemplates: 'templates:list',
  saveTemplate: 'templates:save',
  removeTemplate: 'templates:remove',
  importTemplate: 'templates:import',
  exportTemplate: 'templates:export',
  // The portal export (export-contract.ts has their schemas).
  checkExport: 'export:check',
  exportPackage: 'export:package',
  copyPortalHtml: 'export:copy-html',
  getPortalProfile: 'export:get-profile',
  loadPortalProfile: 'export:load-profile',
  resetPortalProfile: 'export:reset-profile',
  printArticle: 'print:article',
  exportPdf: 'print:pdf',
} as const;

/** Main → page notifications. The page subscribes by name and gets only the payload. */
export const EVENT_CHANNELS = {
  onMenuCommand: 'menu:command',
  onCloseRequested: 'window:close-requested',
  onOpenFileRequest: 'document:open-request',
  onLocaleChanged: 'settings:locale-changed',
  onPhotoProgress: 'photos:progress',
  onExportProgress: 'export:progress',
} as const;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;
export type EventMethod = keyof typeof EVENT_CHANNELS;
