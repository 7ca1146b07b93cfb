import { errorSentence } from '../../../shared/document/status-text';
import { useMessages } from '../i18n';

/** An error to tell the officer about; `key` makes a repeated error show afresh. */
export interface Notice {
  code: string;
  key: number;
}

/** A calm, non-blocking alert with the catalog's sentence for the error; never a stack. */
export function ErrorBanner({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { ui, errors } = useMessages();
  return (
    <div className="error-banner" role="alert" data-testid="error-banner" key={notice.key}>
      <span className="error-text">{errorSentence(notice.code, errors)}</span>
      <button type="button" className="error-dismiss" data-testid="error-banner-dismiss" aria-label={ui.dismiss} title={ui.dismiss} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
