import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  testId: string;
  /** Escape does what this does: the choice that loses nothing. */
  onCancel: () => void;
  children: ReactNode;
  actions: ReactNode;
}

/** A modal dialog inside the page (the native <dialog>: focus stays in it, Escape cancels). */
export function Dialog({ title, testId, onCancel, children, actions }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      className="dialog"
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}
