import { createContext, useContext, type ReactNode } from 'react';
import { messagesFor, type Messages } from '../../shared/i18n/catalog';
import type { Locale } from '../../shared/i18n/locale';

const LocaleContext = createContext<{ locale: Locale; messages: Messages }>({ locale: 'vi', messages: messagesFor('vi') });

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={{ locale, messages: messagesFor(locale) }}>{children}</LocaleContext.Provider>;
}

/** The catalog in the user's language. Every visible string in the page comes from here. */
export function useMessages(): Messages {
  return useContext(LocaleContext).messages;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}
