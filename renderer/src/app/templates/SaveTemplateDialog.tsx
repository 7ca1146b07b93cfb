import './templates.css';
import { useMemo, useState } from 'react';
import type { Article } from '../../../../shared/article/article-schema';
import { builtinTemplate } from '../../../../shared/templates/builtin-templates';
import type { AttendeeField, InlinePerson, PersonRef } from '../../../../shared/templates/fields-schema';
import { templateFromArticle } from '../../../../shared/templates/template-from-article';
import { templateIdFor } from '../../../../shared/templates/template-id';
import { fieldId, type Template } from '../../../../shared/templates/template-schema';
import { call, isAppError } from '../../bridge';
import { useLocale, useMessages } from '../../i18n';
import { Dialog } from '../Dialog';
import { attendeeLabel } from './attendee-label';
import { useDirectory } from './directory-client';
import { loadOwnTemplates, useOwnTemplates } from './own-templates-client';
import { templateById } from './template-library';
import { TemplatePreview } from './TemplatePreview';

interface Props {
  /** The article as a save would write it, taken when the dialog opened. */
  article: Article;
  onClose: () => void;
  showError: (error: { code: string }) => void;
}

/**
 * Tệp ▸ Lưu làm mẫu… (and the Mẫu tab's button): the name, the id it gives, what the template
 * keeps and a preview of it, made by the same shared function the rule is written in
 * (template-from-article.ts). A built-in's id cannot be taken; an own template's only when the
 * officer says to replace it.
 */
export function SaveTemplateDialog({ article, onClose, showError }: Props) {
  const t = useMessages().templates;
  const locale = useLocale();
  const directory = useDirectory();
  const own = useOwnTemplates();
  const source = article.template ? templateById(article.template.id) : null;
  const sourceIsOwn = !!source && !builtinTemplate(source.id);
  const [name, setName] = useState(sourceIsOwn && source ? source.name[locale] : '');
  const [replace, setReplace] = useState(false);
  const [saved, setSaved] = useState<Template | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const id = templateIdFor(name);
  const clashBuiltin = !!builtinTemplate(id);
  const clashOwn = own.templates.some((x) => x.id === id);
  const made = useMemo(() => templateFromArticle({ article, source, id, name: name.trim() || '…', directory }), [article, source, id, name, directory]);

  const labelOf = (fid: string): string => {
    const spec = source?.fields.find((s) => fieldId(s) === fid);
    if (spec && typeof spec !== 'string' && spec.label) return spec.label[locale];
    const standard: Record<string, string> = { place: t.fieldPlace, host: t.fieldHost, counterpart: t.fieldCounterpart, attendees: t.fieldAttendees, directive: t.fieldDirective };
    return standard[fid] ?? fid;
  };
  const valueText = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return (value as AttendeeField[]).map((a) => attendeeLabel(a, directory)).join('; ');
    if (value && typeof value === 'object') return attendeeLabel(value as PersonRef | InlinePerson, directory);
    return '';
  };
  const kept = made.ok ? Object.entries(made.template.defaults ?? {}) : [];

  const canSave = name.trim() !== '' && made.ok && !clashBuiltin && (!clashOwn || replace);
  const save = async () => {
    if (!made.ok || !canSave) return;
    const answer = await call('saveTemplate', { template: made.template, replace });
    if (isAppError(answer)) return showError(answer);
    if (answer.status === 'exists') return setRefusal(t.saveIdExists(id));
    if (answer.status === 'refused') return setRefusal(answer.message[locale]);
    await loadOwnTemplates(true);
    setSaved(answer.template);
  };

  if (saved) {
    return (
      <Dialog
        title={t.saveTitle}
        testId="save-template-dialog"
        onCancel={onClose}
        actions={
          <button type="button" className="button is-primary" onClick={onClose} data-testid="save-template-close">
            {t.closeDirectory}
          </button>
        }
      >
        <p className="tpl-save" role="status" data-testid="save-template-done">
          {t.saved(saved.name[locale])}
        </p>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t.saveTitle}
      testId="save-template-dialog"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t.saveCancel}
          </button>
          <button type="button" className="button is-primary" disabled={!canSave} onClick={() => void save()} data-testid="save-template-save">
            {t.saveCreate}
          </button>
        </>
      }
    >
      <div className="tpl-save">
        <p className="tpl-chooser-intro">{t.saveIntro}</p>
        <div className="tpl-save-columns">
          <div>
            <label className="field">
              <span className="field-label">{t.saveName}</span>
              <input
                type="text"
                autoFocus
                value={name}
                placeholder={t.saveNamePlaceholder}
                data-testid="save-template-name"
                onChange={(e) => {
                  setName(e.target.value);
                  setReplace(false);
                  setRefusal(null);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void save();
                }}
              />
              {name.trim() !== '' && (
                <span className="field-hint tpl-save-id" data-testid="save-template-id">
                  {t.saveId(id)}
                </span>
              )}
            </label>
            {name.trim() !== '' && clashBuiltin && (
              <p className="tpl-save-warning" role="alert" data-testid="save-template-clash">
                {t.saveIdBuiltin(id)}
              </p>
            )}
            {name.trim() !== '' && clashOwn && (
              <>
                <p className="tpl-save-warning" data-testid="save-template-clash">
                  {t.saveIdExists(id)}
                </p>
                <label className="tpl-save-replace">
                  <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} data-testid="save-template-replace" />
                  {t.saveReplace}
                </label>
              </>
            )}
            {refusal && (
              <p className="tpl-save-warning" role="alert">
                {refusal}
              </p>
            )}
            {!made.ok && name.trim() !== '' && (
              <p className="tpl-save-warning" role="alert">
                {made.message[locale]}
              </p>
            )}
            <p className="field-label">{t.saveKept}</p>
            <ul className="tpl-save-kept" data-testid="save-template-kept">
              {kept.length === 0 ? <li>{t.saveKeptNone}</li> : kept.map(([fid, value]) => <li key={fid}>{`${labelOf(fid)}: ${valueText(value)}`}</li>)}
            </ul>
          </div>
          {made.ok && <TemplatePreview template={made.template} testId="save-template-preview" />}
        </div>
      </div>
    </Dialog>
  );
}
