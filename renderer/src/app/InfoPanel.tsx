import { memo, useId, useState } from 'react';
import type { ArticleMeta } from '../../../shared/article/article-schema';
import { formatKeywords, parseKeywords } from '../../../shared/document/keywords';
import { PORTAL_CATEGORIES } from '../../../shared/document/portal-categories';
import { baseName } from '../../../shared/document/window-title';
import { useMessages } from '../i18n';
import { DateField } from './DateField';

interface Props {
  meta: ArticleMeta;
  path: string | null;
  onEdit: (patch: Partial<ArticleMeta>) => void;
}

/** The "Thông tin" tab: the article's details (the portal's fields). */
export const InfoPanel = memo(function InfoPanel({ meta, path, onEdit }: Props) {
  const { ui } = useMessages();
  const ids = useId();
  // Keywords keep the text as typed (a trailing comma, a half-written word) while the
  // article holds the clean list.
  const [keywordsText, setKeywordsText] = useState(() => formatKeywords(meta.keywords));

  return (
    <>
        <label className="field">
          <span className="field-label">{ui.fieldCategory}</span>
          <input
            type="text"
            list={`${ids}-categories`}
            value={meta.category}
            maxLength={200}
            data-testid="meta-category"
            title={ui.fieldCategoryHint}
            onChange={(e) => onEdit({ category: e.target.value })}
          />
          <datalist id={`${ids}-categories`}>
            {PORTAL_CATEGORIES.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <span className="field-hint">{ui.fieldCategoryHint}</span>
        </label>
        <TextField
          label={ui.fieldAuthor}
          value={meta.author}
          maxLength={200}
          placeholder={ui.fieldAuthorPlaceholder}
          testId="meta-author"
          onChange={(author) => onEdit({ author })}
        />
        <TextField
          label={ui.fieldSource}
          value={meta.source}
          maxLength={300}
          placeholder={ui.fieldSourcePlaceholder}
          testId="meta-source"
          onChange={(source) => onEdit({ source })}
        />
        <DateField value={meta.date} onChange={(date) => onEdit({ date })} />
        <label className="field">
          <span className="field-label">{ui.fieldKeywords}</span>
          <input
            type="text"
            value={keywordsText}
            data-testid="meta-keywords"
            onChange={(e) => {
              setKeywordsText(e.target.value);
              onEdit({ keywords: parseKeywords(e.target.value) });
            }}
            onBlur={() => setKeywordsText(formatKeywords(parseKeywords(keywordsText)))}
          />
          <span className="field-hint">{ui.fieldKeywordsHint}</span>
        </label>
        <div className="field">
          <span className="field-label">{ui.fieldFile}</span>
          <span className="field-file" title={path ?? undefined}>
            {path ? baseName(path) : ui.fileNotSaved}
          </span>
        </div>
    </>
  );
});

interface TextFieldProps {
  label: string;
  value: string;
  maxLength: number;
  placeholder: string;
  testId: string;
  onChange: (value: string) => void;
}

/** One labelled line of the details panel. */
function TextField({ label, value, maxLength, placeholder, testId, onChange }: TextFieldProps) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        type="text"
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
