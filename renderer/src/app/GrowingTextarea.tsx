import type { KeyboardEvent } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  className: string;
  placeholder: string;
  maxLength: number;
  label: string;
  testId: string;
  /** A single-line field (the title): Enter moves on instead of breaking the line. */
  singleLine?: boolean;
  onEnter?: () => void;
}

/** A textarea as tall as its text (CSS field-sizing), so the title and sapô read like the page, not a form. */
export function GrowingTextarea({ value, onChange, className, placeholder, maxLength, label, testId, singleLine, onEnter }: Props) {
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing && (singleLine || onEnter)) {
      e.preventDefault();
      onEnter?.();
    }
  };

  return (
    <textarea
      className={className}
      rows={1}
      value={value}
      placeholder={placeholder}
      maxLength={maxLength}
      aria-label={label}
      data-testid={testId}
      spellCheck
      onKeyDown={onKeyDown}
      onChange={(e) => onChange(singleLine ? e.target.value.replace(/\s*[\r\n]+\s*/g, ' ') : e.target.value)}
    />
  );
}
