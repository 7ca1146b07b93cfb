import type { Locale } from './locale';
import { editorEn, editorVi } from './messages/editor';
import { errorsEn, errorsVi } from './messages/errors';
import { findEn, findVi } from './messages/find';
import { formatsEn, formatsVi } from './messages/formats';
import { legacyEn, legacyVi } from './messages/legacy';
import { menuEn, menuVi } from './messages/menu';
import { mentionEn, mentionVi } from './messages/mention';
import { pasteEn, pasteVi } from './messages/paste';
import { portalExportEn, portalExportVi } from './messages/portal-export';
import { uiEn, uiVi } from './messages/ui';
import { templatesEn, templatesVi } from './messages/templates';

/** The whole catalog. English mirrors Vietnamese key for key (the types insist). */
export const catalog = {
  vi: { ui: uiVi, editor: editorVi, menu: menuVi, errors: errorsVi, legacy: legacyVi, find: findVi, formats: formatsVi, portalExport: portalExportVi, paste: pasteVi, templates: templatesVi, mention: mentionVi },
  en: { ui: uiEn, editor: editorEn, menu: menuEn, errors: errorsEn, legacy: legacyEn, find: findEn, formats: formatsEn, portalExport: portalExportEn, paste: pasteEn, templates: templatesEn, mention: mentionEn },
} satisfies Record<Locale, { ui: typeof uiVi; editor: typeof editorVi; menu: typeof menuVi; errors: typeof errorsVi; legacy: typeof legacyVi; find: typeof findVi; formats: typeof formatsVi; portalExport: typeof portalExportVi; paste: typeof pasteVi; templates: typeof templatesVi; mention: typeof mentionVi }>;

export type Messages = (typeof catalog)['vi'];

export function messagesFor(locale: Locale): Messages {
  return catalog[locale];
}
