import { memo, useRef } from 'react';
import type { ArticleMeta } from '../../../shared/article/article-schema';
import { formatDateLine } from '../../../shared/document/date-line';
import { useLocale, useMessages } from '../i18n';
import { GrowingTextarea } from './GrowingTextarea';

interface Props {
  meta: ArticleMeta;
  onEdit: (patch: Partial<ArticleMeta>) => void;
  /** Enter at the end of the sapô goes on into the body. */
  onLeaveSapo: () => void;
}

/** The top of the article as the portal shows it: category, title, date line, sapô. */
export const ArticleHeader = memo(function ArticleHeader({ meta, onEdit, onLeaveSapo }: Props) {
  const { ui } = useMessages();
  const locale = useLocale();
  const sapoRef = useRef<HTMLDivElement>(null);
  const dateLine = formatDateLine(meta.date, locale);

  const focusField = (testId: string) =>
    document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus();

  return (
    <header className="article-header">
      <button type="button" className={meta.category ? 'article-category' : 'article-category is-empty'} onClick={() => focusField('meta-category')}>
        {meta.category || ui.categoryPlaceholder}
      </button>
      <GrowingTextarea
        className="article-title"
        value={meta.title}
        onChange={(title) => onEdit({ title })}
        placeholder={ui.titlePlaceholder}
        maxLength={500}
        label={ui.titleLabel}
        testId="meta-title"
        singleLine
        onEnter={() => sapoRef.current?.querySelector('textarea')?.focus()}
      />
      <button type="button" className={dateLine ? 'article-dateline' : 'article-dateline is-empty'} data-testid="date-line" onClick={() => focusField('meta-date')}>
        {dateLine || ui.noDate}
      </button>
      <div ref={sapoRef}>
        <GrowingTextarea
          className="article-sapo"
          value={meta.sapo}
          onChange={(sapo) => onEdit({ sapo })}
          placeholder={ui.sapoPlaceholder}
          maxLength={5000}
          label={ui.sapoLabel}
          testId="meta-sapo"
          onEnter={onLeaveSapo}
        />
      </div>
    </header>
  );
});
