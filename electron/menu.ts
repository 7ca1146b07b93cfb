import { Menu } from 'electron';
import { buildMenuTemplate, type MenuTemplateInput } from './menu-template';

/** Builds and shows the application menu; called again whenever the language or the recent drafts change. */
export function installApplicationMenu(input: MenuTemplateInput): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(input)));
}
