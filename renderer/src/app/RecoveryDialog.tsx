import { formatDateTime } from '../../../shared/document/locale-format';
import type { RecoveryEntry } from '../../../shared/ipc/contract';
import { useLocale, useMessages } from '../i18n';
import { Dialog } from './Dialog';

interface Props {
  entries: RecoveryEntry[];
  onRestore: (entry: RecoveryEntry) => void;
  onDiscard: (entry: RecoveryEntry) => void;
  /** Escape: decide later. The copy stays on disk and is offered again at the next start. */
  onLater: () => void;
}

/** The offer to bring back work a crash left unsaved, one draft at a time, newest first. */
export function RecoveryDialog({ entries, onRestore, onDiscard, onLater }: Props) {
  const { ui } = useMessages();
  const locale = useLocale();
  const sorted = [...entries].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const entry = sorted[0];
  return (
    <Dialog
      title={ui.recoveryTitle}
      testId="recovery-dialog"
      onCancel={onLater}
      actions={
        <>
          <button type="button" className="button is-primary" data-testid="recovery-restore" autoFocus onClick={() => onRestore(entry)}>
            {ui.recoveryRestore}
          </button>
          <button type="button" className="button" data-testid="recovery-discard" onClick={() => onDiscard(entry)}>
            {ui.recoveryDiscard}
          </button>
        </>
      }
    >
      <p>{ui.recoveryBody}</p>
      <div className="recovery-entry" data-testid="recovery-entry">
        <strong className="recovery-title">{entry.title || ui.untitled}</strong>
        <span className="recovery-time">{ui.recoverySavedAt(formatDateTime(entry.savedAt, locale))}</span>
      </div>
      {sorted.length > 1 && <p className="recovery-more">{ui.recoveryMore(sorted.length - 1)}</p>}
    </Dialog>
  );
}
