import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';

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

/** A textarea as tall as its text, so the title and sapô read like the page, not a form. */
export function GrowingTextarea({ value, onChange, className, placeholder, maxLength, label, testId, singleLine, onEnter }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      el.style.height = 'auto';
      el.style.height = `${el.scrollHeight}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el.parentElement ?? el);
    return () => observer.disconnect();
  }, [value]);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing && (singleLine || onEnter)) {
      e.preventDefault();
      onEnter?.();
    }
  };

  return (
    <textarea
      ref={ref}
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
