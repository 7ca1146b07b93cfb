import { useMessages } from '../i18n';
import { Dialog } from './Dialog';

/** Word's question before unsaved work would be left: Save, Don't Save, Cancel. */
export function UnsavedDialog({ name, onAnswer }: { name: string; onAnswer: (choice: 'save' | 'discard' | 'cancel') => void }) {
  const { ui } = useMessages();
  return (
    <Dialog
      title={ui.unsavedTitle}
      testId="unsaved-dialog"
      onCancel={() => onAnswer('cancel')}
      actions={
        <>
          <button type="button" className="button is-primary" data-testid="unsaved-save" autoFocus onClick={() => onAnswer('save')}>
            {ui.unsavedSave}
          </button>
          <button type="button" className="button" data-testid="unsaved-discard" onClick={() => onAnswer('discard')}>
            {ui.unsavedDiscard}
          </button>
          <button type="button" className="button" data-testid="unsaved-cancel" onClick={() => onAnswer('cancel')}>
            {ui.unsavedCancel}
          </button>
        </>
      }
    >
      <p>{ui.unsavedBody(name)}</p>
    </Dialog>
  );
}
