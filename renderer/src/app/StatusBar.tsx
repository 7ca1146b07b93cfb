import { memo, useMemo } from 'react';
import type { SaveStatus } from '../../../shared/document/document-state';
import { formatCount } from '../../../shared/document/locale-format';
import { saveStatusText } from '../../../shared/document/status-text';
import { countText, type TextCount } from '../../../shared/text/word-count';
import { useLocale, useMessages } from '../i18n';
import { useSelectedWords } from './use-selected-words';

interface Props {
  /** The body's count, once the editor has made it. */
  count: TextCount | null;
  status: SaveStatus | null;
  onSwitchLocale: () => void;
  /** The title and sapô, counted with the body as the article's words. */
  header?: { title: string; sapo: string };
}

/**
 * The article's words and characters (title, sapô and body, once the body is counted; "12 / 351
 * từ" while some are selected), where the draft stands on disk (null while it loads), and the
 * language switch.
 */
export const StatusBar = memo(function StatusBar({ count, status, onSwitchLocale, header }: Props) {
  const { ui } = useMessages();
  const locale = useLocale();
  const headerCount = useMemo(() => countText(header ? `${header.title}\n${header.sapo}` : ''), [header?.title, header?.sapo]);
  const selected = useSelectedWords();
  const total = count && { words: count.words + headerCount.words, characters: count.characters + headerCount.characters };
  const countLabel = !total
    ? ''
    : selected === null
      ? ui.count(formatCount(total.words, locale), formatCount(total.characters, locale))
      : ui.countSelected(formatCount(selected, locale), formatCount(total.words, locale), formatCount(total.characters, locale));
  return (
    <footer className="status-bar" data-testid="status-bar">
      {/* Counted after the body has loaded; the number formatter is slow to build, so not before the first paint either. */}
      <span data-testid="word-count" title={ui.countHint}>
        {countLabel}
      </span>
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
