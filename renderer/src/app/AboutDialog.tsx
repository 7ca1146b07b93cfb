import { useMessages } from '../i18n';
import { Dialog } from './Dialog';

export function AboutDialog({ version, onClose }: { version: string; onClose: () => void }) {
  const { ui } = useMessages();
  return (
    <Dialog
      title={ui.aboutTitle}
      testId="about-dialog"
      onCancel={onClose}
      actions={
        <button type="button" className="button is-primary" autoFocus onClick={onClose}>
          {ui.close}
        </button>
      }
    >
      <p className="about-name">{ui.appName}</p>
      {version && <p className="about-version">{ui.aboutVersion(version)}</p>}
      <p>{ui.aboutBody}</p>
    </Dialog>
  );
}
