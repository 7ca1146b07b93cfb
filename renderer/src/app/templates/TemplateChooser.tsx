import './templates.css';
import { useEffect, useRef, useState } from 'react';
import type { Template } from '../../../../shared/templates/template-schema';
import { call, isAppError } from '../../bridge';
import { useLocale, useMessages } from '../../i18n';
import { Dialog } from '../Dialog';
import { loadOwnTemplates, useOwnTemplates } from './own-templates-client';
import { availableTemplates } from './template-library';
import { TemplatePreview } from './TemplatePreview';

interface Props {
  onChoose: (template: Template) => void;
  onCancel: () => void;
  /** Tệp ▸ Nhập mẫu…: the chooser opens on the import's file dialog. */
  importOnOpen?: boolean;
  showError: (error: { code: string }) => void;
}

type Pending = { kind: 'remove'; template: Template } | { kind: 'replace'; template: Template } | null;

/**
 * Tệp ▸ Bài mới theo mẫu…: the built-in templates and the office's own (Mẫu của tôi), each with a
 * preview of what it writes. An own template can be exported or removed (after a question);
 * Nhập mẫu… brings in a template file, checked before anything is stored.
 */
export function TemplateChooser({ onChoose, onCancel, importOnOpen = false, showError }: Props) {
  const t = useMessages().templates;
  const locale = useLocale();
  const builtins = availableTemplates();
  const own = useOwnTemplates();
  const all = [...builtins, ...own.templates];
  const [chosen, setChosen] = useState(builtins[0]?.id ?? '');
  const [note, setNote] = useState<{ text: string; bad: boolean } | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const template = all.find((x) => x.id === chosen) ?? all[0];
  const isOwn = !!template && own.templates.some((x) => x.id === template.id);

  const store = async (incoming: Template, replace: boolean) => {
    const saved = await call('saveTemplate', { template: incoming, replace });
    if (isAppError(saved)) return showError(saved);
    if (saved.status === 'exists') return setPending({ kind: 'replace', template: incoming });
    if (saved.status === 'refused') return setNote({ text: saved.message[locale], bad: true });
    await loadOwnTemplates(true);
    setChosen(saved.template.id);
    setNote({ text: t.imported(saved.template.name[locale]), bad: false });
  };

  const importFile = async () => {
    setPending(null);
    const answer = await call('importTemplate', {});
    if (isAppError(answer)) return showError(answer);
    if (answer.status === 'cancelled') return;
    if (answer.status === 'refused') return setNote({ text: answer.message[locale], bad: true });
    setNote(null);
    await store(answer.template, false);
  };

  const exportChosen = async () => {
    if (!template) return;
    const answer = await call('exportTemplate', { id: template.id });
    if (isAppError(answer)) return showError(answer);
    if (answer.status === 'exported') setNote({ text: t.exported(answer.path), bad: false });
  };

  const remove = async (gone: Template) => {
    setPending(null);
    const answer = await call('removeTemplate', { id: gone.id });
    if (isAppError(answer)) return showError(answer);
    await loadOwnTemplates(true);
    setChosen(builtins[0]?.id ?? '');
    setNote({ text: t.removed(gone.name[locale]), bad: false });
  };

  const importAsked = useRef(false);
  useEffect(() => {
    if (!importOnOpen || importAsked.current) return;
    importAsked.current = true;
    void importFile();
  }, [importOnOpen]);

  const choice = (x: Template) => (
    <label key={x.id} className={x.id === template?.id ? 'tpl-choice is-chosen' : 'tpl-choice'} data-testid={`template-choice-${x.id}`}>
      <input type="radio" name="template" value={x.id} checked={x.id === template?.id} onChange={() => setChosen(x.id)} onDoubleClick={() => onChoose(x)} />
      <span className="tpl-choice-name">{x.name[locale]}</span>
      <span className="tpl-choice-description">{x.description[locale]}</span>
    </label>
  );

  return (
    <Dialog
      title={t.chooserTitle}
      testId="template-chooser"
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button tpl-actions-left" onClick={() => void importFile()} data-testid="template-import">
            {t.importTemplate}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t.chooserCancel}
          </button>
          <button type="button" className="button is-primary" disabled={!template} onClick={() => template && onChoose(template)} data-testid="template-create">
            {t.chooserCreate}
          </button>
        </>
      }
    >
      <div className="tpl-chooser">
        <p className="tpl-chooser-intro">{t.chooserIntro}</p>
        {note && (
          <p className={note.bad ? 'tpl-chooser-note is-bad' : 'tpl-chooser-note'} role={note.bad ? 'alert' : 'status'} data-testid="template-chooser-note">
            {note.text}
          </p>
        )}
        {pending?.kind === 'replace' && (
          <div className="tpl-confirm" role="alertdialog" data-testid="template-replace-confirm">
            <span>{t.importExists(pending.template.name[locale], pending.template.id)}</span>
            <button type="button" className="button" onClick={() => setPending(null)}>
              {t.importKeep}
            </button>
            <button type="button" className="button is-primary" onClick={() => void store(pending.template, true)} data-testid="template-replace-yes">
              {t.importReplace}
            </button>
          </div>
        )}
        <div className="tpl-chooser-columns">
          <div className="tpl-chooser-list" role="radiogroup" aria-label={t.chooserList}>
            <h3 className="tpl-group-heading">{t.builtinGroup}</h3>
            {builtins.map(choice)}
            <h3 className="tpl-group-heading" data-testid="template-own-group">
              {t.ownGroup}
            </h3>
            {own.templates.length === 0 && <p className="tpl-group-empty">{t.ownEmpty}</p>}
            {own.templates.map(choice)}
            {own.skipped.length > 0 && (
              <div className="tpl-skipped" data-testid="template-skipped">
                <p>{t.ownSkipped(own.skipped.length)}</p>
                <ul>
                  {own.skipped.map((s) => (
                    <li key={s.file}>
                      <strong>{s.file}</strong>: {s.message[locale]}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          {template && (
            <div className="tpl-chooser-side">
              <TemplatePreview template={template} />
              {isOwn && (
                <div className="tpl-own-actions">
                  {pending?.kind === 'remove' && pending.template.id === template.id ? (
                    <div className="tpl-confirm" role="alertdialog" data-testid="template-remove-confirm">
                      <span>{t.removeConfirm(template.name[locale])}</span>
                      <button type="button" className="button" onClick={() => setPending(null)}>
                        {t.removeNo}
                      </button>
                      <button type="button" className="button is-danger" onClick={() => void remove(template)} data-testid="template-remove-yes">
                        {t.removeYes}
                      </button>
                    </div>
                  ) : (
                    <>
                      <button type="button" className="button" onClick={() => void exportChosen()} data-testid="template-export">
                        {t.exportTemplate}
                      </button>
                      <button type="button" className="button" onClick={() => setPending({ kind: 'remove', template })} data-testid="template-remove">
                        {t.removeTemplate}
                      </button>
                    </>
                  )}
                </div>
              )}
            </div>
          )}
        </div>
      </div>
    </Dialog>
  );
}
