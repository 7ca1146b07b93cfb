import type { Messages } from '../i18n/catalog';
import type { Locale } from '../i18n/locale';
import type { SaveStatus } from './document-state';
import { formatClock } from './locale-format';

/** The save state as the status bar words it. */
export function saveStatusText(status: SaveStatus, ui: Messages['ui'], locale: Locale): string {
  switch (status.kind) {
    case 'idle':
      return ui.statusNew;
    case 'saved':
      return ui.statusSaved;
    case 'unsaved':
      return ui.statusUnsaved;
    case 'saving':
      return ui.statusSaving;
    case 'recovered':
      return ui.statusRecovered;
    case 'autosaved':
      return ui.statusAutosaved(formatClock(status.at, locale));
  }
}

/** The catalog sentence for an error code; codes we do not know read as the generic one. */
export function errorSentence(code: string, errors: Messages['errors']): string {
  return Object.hasOwn(errors, code) ? errors[code as keyof typeof errors] : errors.internal;
}
