import type { JSX } from 'react';
import { useMessages } from '../i18n';
import type { PhotoBatchState, PhotoFailure } from './use-photo-import';

/** The batch under way (a bar and Hủy) and the photos that could not be inserted, with why. */
export function PhotoProgress({ batch, failures, onCancel, onDismiss }: { batch: PhotoBatchState | null; failures: PhotoFailure[]; onCancel: () => void; onDismiss: () => void }): JSX.Element | null {
  const { editor: t, errors, ui } = useMessages();
  if (!batch && failures.length === 0) return null;
  return (
    <div className="photo-progress" role="status" data-testid="photo-progress">
      {batch && (
        <div className="photo-progress-row">
          <span>{t.photosImporting(batch.done, batch.total)}</span>
          <progress max={Math.max(batch.total, 1)} value={batch.done} />
          <button type="button" data-testid="photo-cancel" onClick={onCancel}>
            {t.photosCancel}
          </button>
        </div>
      )}
      {failures.length > 0 && (
        <div className="photo-failures" role="alert" data-testid="photo-failures">
          <p>{t.photosFailed(failures.length)}</p>
          <ul>
            {failures.map((failure, i) => (
              <li key={`${failure.name}-${i}`}>
                <strong>{failure.name}</strong>: {errors[failure.code] ?? errors.internal}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss}>
            {ui.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
