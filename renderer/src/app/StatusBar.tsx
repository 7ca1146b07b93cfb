import { memo } from 'react';
import type { SaveStatus } from '../../../shared/document/document-state';
import { formatCount } from '../../../shared/document/locale-format';
import { saveStatusText } from '../../../shared/document/status-text';
import type { TextCount } from '../../../shared/text/word-count';
import { useLocale, useMessages } from '../i18n';

/** Words and characters (once counted), where the draft stands on disk (null while it loads), and the language switch. */
export const StatusBar = memo(function StatusBar({ count, status, onSwitchLocale }: { count: TextCount | null; status: SaveStatus | null; onSwitchLocale: () => void }) {
  const { ui } = useMessages();
  const locale = useLocale();
  return (
    <footer className="status-bar" data-testid="status-bar">
      {/* Counted after the body has loaded; the number formatter is slow to build, so not before the first paint either. */}
      <span data-testid="word-count">{count ? ui.count(formatCount(count.words, locale), formatCount(count.characters, locale)) : ''}</span>
      <span className={`save-status is-${status?.kind ?? 'loading'}`} data-testid="save-status" role="status">
        {status ? saveStatusText(status, ui, locale) : ''}
      </span>
      <span className="status-spacer" />
      <button type="button" className="lang-switch" data-testid="lang-switch" lang={locale === 'vi' ? 'en' : 'vi'} title={ui.switchLanguageLabel} onClick={onSwitchLocale}>
        {ui.switchLanguage}
      </button>
    </footer>
  );
});
