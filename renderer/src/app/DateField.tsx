import { useState } from 'react';
import { formatNewsDateInput, parseNewsDate } from '../../../shared/document/news-date-input';
import { useMessages } from '../i18n';

interface Props {
  /** The stored ISO date, or ''. */
  value: string;
  onChange: (isoDate: string) => void;
  /** Another date than the publication date (the Mẫu tab's meeting date) names itself. */
  label?: string;
  testId?: string;
}

/**
 * The publication date typed as news copy writes it (28/5/2022), whatever the computer's
 * regional settings would make a date picker show. The article changes only when the text is
 * a real date; until then the field says what it expects.
 */
export function DateField({ value, onChange, label, testId = 'meta-date' }: Props) {
  const { ui } = useMessages();
  const [text, setText] = useState(() => formatNewsDateInput(value));
  const parsed = parseNewsDate(text);
  const invalid = parsed === null;

  return (
    <label className="field">
      <span className="field-label">{label ?? ui.fieldDate}</span>
      <input
        type="text"
        inputMode="numeric"
        value={text}
        placeholder="28/5/2022"
        data-testid={testId}
        aria-invalid={invalid}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseNewsDate(e.target.value);
          if (iso !== null) onChange(iso);
        }}
        onBlur={() => {
          if (!invalid) setText(formatNewsDateInput(parsed));
        }}
      />
      <span className={invalid ? 'field-hint is-error' : 'field-hint'} role={invalid ? 'alert' : undefined} data-testid={`${testId}-hint`}>
        {invalid ? ui.fieldDateInvalid : ui.fieldDateHint}
      </span>
    </label>
  );
}
