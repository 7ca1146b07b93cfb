import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/ipc/errors';
import type { InvokeOutput } from '../../../shared/ipc/contract';
import type { Locale } from '../../../shared/i18n/locale';
import { call, isAppError, soantin } from '../bridge';
import { LocaleProvider } from '../i18n';
import { Workspace } from './Workspace';

export type Startup = InvokeOutput<'getStartup'>;
export type StartupAnswer = Startup | AppError;

/** The locale around the whole window; the workspace below holds the document. */
export function App({ startup, arrived }: { startup: Promise<StartupAnswer>; arrived: StartupAnswer | null }) {
  const [answer, setAnswer] = useState<StartupAnswer | null>(arrived);
  const [locale, setLocale] = useState<Locale>(arrived && !isAppError(arrived) ? arrived.locale : 'vi');

  useEffect(() => {
    if (answer) return;
    let live = true;
    void startup.then((a) => {
      if (!live) return;
      if (!isAppError(a)) setLocale(a.locale);
      setAnswer(a);
    });
    return () => {
      live = false;
    };
  }, [answer, startup]);

  useEffect(() => soantin().onLocaleChanged(({ locale }) => setLocale(locale)), []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const switchLocale = () => {
    const next: Locale = locale === 'vi' ? 'en' : 'vi';
    setLocale(next);
    void call('setLocale', { locale: next });
  };

  return (
    <LocaleProvider locale={locale}>
      <Workspace startup={answer} onSwitchLocale={switchLocale} />
    </LocaleProvider>
  );
}
