import type { Locale } from './locale';
import { errorsEn, errorsVi } from './messages/errors';
import { menuEn, menuVi } from './messages/menu';
import { uiEn, uiVi } from './messages/ui';

/** The whole catalog. English mirrors Vietnamese key for key (the types insist). */
export const catalog = {
  vi: { ui: uiVi, menu: menuVi, errors: errorsVi },
  en: { ui: uiEn, menu: menuEn, errors: errorsEn },
} satisfies Record<Locale, { ui: typeof uiVi; menu: typeof menuVi; errors: typeof errorsVi }>;

export type Messages = (typeof catalog)['vi'];

export function messagesFor(locale: Locale): Messages {
  return catalog[locale];
}
