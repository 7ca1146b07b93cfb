import './portal-export.css';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Article } from '../../../../shared/article/article-schema';
import type { ExportCheck } from '../../../../shared/export/export-checks';
import { checkMessage, exportMessages } from '../../../../shared/export/export-messages';
import type { AppError } from '../../../../shared/ipc/errors';
import { useLocale, useMessages } from '../../i18n';
import { Dialog } from '../Dialog';
import { goToPlace } from './select-place';
import { usePortalExport, type ExportPhase } from './use-portal-export';

interface Props {
  /** The article as it would be saved now (metadata and the body the editor holds). */
  getArticle: () => Article | null;
  showError: (error: AppError | { code: string }) => void;
}

/**
 * The portal export in the window: the checks panel and package dialog, the question before
 * replacing a package, and the line that says it was exported or copied. Placed inside the
 * editor, so that a check can select its block.
 */
export function PortalExport({ getArticle, showError }: Props) {
  const [editor] = useLexicalComposerContext();
  const flow = usePortalExport(getArticle, showError);
  const t = useMessages().portalExport;
  const locale = useLocale();
  const { state, notice } = flow;

  const jump = (check: ExportCheck) => {
    flow.close();
    // Once the dialog has let go of the focus.
    requestAnimationFrame(() => goToPlace(editor, check.place));
  };

  return (
    <>
      {state && state.phase === 'exists' && (
        <Dialog
          title={t.existsTitle}
          testId="export-exists"
          onCancel={flow.keep}
          actions={
            <>
              <button type="button" className="button" onClick={flow.keep} data-testid="export-keep">
                {t.cancel}
              </button>
              <button type="button" className="button is-primary" onClick={flow.overwrite} data-testid="export-overwrite">
                {t.overwrite}
              </button>
            </>
          }
        >
          <p className="export-path">{t.existsBody(state.path)}</p>
        </Dialog>
      )}
      {state && state.phase !== 'exists' && (
        <Dialog title={t.title} testId="export-dialog" onCancel={flow.close} actions={<Actions state={state} flow={flow} />}>
          <ExportBody state={state} flow={flow} onJump={jump} />
        </Dialog>
      )}
      {notice && (
        <div className="export-notice" role="status" data-testid="export-notice">
          <span>
            {notice.kind === 'exported'
              ? t.exported(notice.path)
              : notice.kind === 'copied'
                ? t.copied
                : `${t.copyFailed} ${exportMessages[locale].errors[notice.code]}`}
          </span>
          <button type="button" className="error-dismiss" aria-label={t.close} title={t.close} onClick={flow.dismissNotice}>
            ×
          </button>
        </div>
      )}
    </>
  );
}

type Flow = ReturnType<typeof usePortalExport>;

function Actions({ state, flow }: { state: Exclude<ExportPhase, { phase: 'exists' }>; flow: Flow }) {
  const t = useMessages().portalExport;
  const checks = state.phase === 'checking' ? [] : state.checks;
  const blocked = checks.some((c) => c.severity === 'error');
  const warned = checks.some((c) => c.severity === 'warning');
  const working = state.phase !== 'review';
  return (
    <>
      <button type="button" className="button" onClick={flow.close} disabled={state.phase === 'exporting'} data-testid="export-close">
        {t.close}
      </button>
      <button type="button" className="button is-primary" onClick={flow.exportNow} disabled={working || blocked} data-testid="export-run">
        {warned ? t.exportAnyway : t.exportButton}
      </button>
    </>
  );
}

function ExportBody({ state, flow, onJump }: { state: Exclude<ExportPhase, { phase: 'exists' }>; flow: Flow; onJump: (check: ExportCheck) => void }) {
  const t = useMessages().portalExport;
  const locale = useLocale();
  if (state.phase === 'checking') return <p>{t.checking}</p>;
  const blocking = state.checks.filter((c) => c.severity === 'error');
  const warnings = state.checks.filter((c) => c.severity === 'warning');
  const list = (items: ExportCheck[], testId: string) => (
    <ul className="export-checks" data-testid={testId}>
      {items.map((check, i) => (
        <li key={`${check.code}-${i}`}>
          <button type="button" className="export-check" data-code={check.code} onClick={() => onJump(check)}>
            {checkMessage(check, locale)}
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="export-body">
      {blocking.length > 0 && (
        <section className="export-section is-blocking" role="alert">
          <h3>{t.blockingHeading}</h3>
          <p className="export-hint">{t.blockingHint}</p>
          {list(blocking, 'export-blocking')}
        </section>
      )}
      {warnings.length > 0 && (
        <section className="export-section is-warning">
          <h3>{t.warningsHeading}</h3>
          <p className="export-hint">{t.warningsHint}</p>
          {list(warnings, 'export-warnings')}
        </section>
      )}
      {state.checks.length === 0 && <p data-testid="export-ready">{t.allGood}</p>}
      {state.phase === 'review' && state.failure && (
        <p className="export-failure" role="alert" data-testid="export-failure">
          {exportMessages[locale].errors[state.failure.code]}
        </p>
      )}
      {blocking.length === 0 && (
        <fieldset className="export-options" disabled={state.phase !== 'review'}>
          <legend>{t.kindLabel}</legend>
          <label>
            <input type="radio" name="export-kind" checked={flow.kind === 'zip'} onChange={() => flow.setKind('zip')} data-testid="export-kind-zip" /> {t.kindZip}
          </label>
          <label>
            <input type="radio" name="export-kind" checked={flow.kind === 'folder'} onChange={() => flow.setKind('folder')} data-testid="export-kind-folder" /> {t.kindFolder}
          </label>
        </fieldset>
      )}
      {flow.profile && (
        <div className="export-profile" data-testid="export-profile">
          <span>
            {t.profileLabel}: <strong>{flow.profile.name}</strong>
            {flow.profile.custom ? '' : ` (${t.profileDefault})`} · <code>{flow.profile.imageBaseUrl}</code>
          </span>
          <span className="export-profile-actions">
            <button type="button" className="link-button" onClick={flow.loadProfile} disabled={state.phase !== 'review'}>
              {t.profileLoad}
            </button>
            {flow.profile.custom && (
              <button type="button" className="link-button" onClick={flow.resetProfile} disabled={state.phase !== 'review'}>
                {t.profileReset}
              </button>
            )}
          </span>
          {flow.profileProblems.length > 0 && (
            <div className="export-failure" role="alert">
              {t.profileInvalid}
              <ul>
                {flow.profileProblems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {state.phase === 'exporting' && (
        <div className="export-progress" role="status" data-testid="export-progress">
          <span>{state.step === 'photos' ? t.progressPhotos(state.done, state.total) : t.progressWriting}</span>
          <progress max={Math.max(state.total, 1)} value={state.step === 'photos' ? state.done : state.total} />
        </div>
      )}
    </div>
  );
}
