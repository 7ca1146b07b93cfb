import { Menu, type BrowserWindow } from 'electron';
import type { menuVi } from '../shared/i18n/messages/menu';
import { buildContextMenuTemplate } from './context-menu-template';

/** Shows the right-click menu of the editor window, in the user's language. */
export function attachContextMenu(win: BrowserWindow, messages: () => typeof menuVi): void {
  win.webContents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, messages(), (word) => win.webContents.replaceMisspelling(word));
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
}
