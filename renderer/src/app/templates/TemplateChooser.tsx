import './templates.css';
import { useMemo, useState } from 'react';
import type { Template } from '../../../../shared/templates/template-schema';
import { useLocale, useMessages } from '../../i18n';
import { Dialog } from '../Dialog';
import { availableTemplates } from './template-library';
import { previewParts } from './template-preview';

interface Props {
  onChoose: (template: Template) => void;
  onCancel: () => void;
}

/** Tệp ▸ Bài mới theo mẫu…: the templates, each with a preview of what it writes. */
export function TemplateChooser({ onChoose, onCancel }: Props) {
  const t = useMessages().templates;
  const locale = useLocale();
  const templates = availableTemplates();
  const [chosen, setChosen] = useState(templates[0]?.id ?? '');
  const template = templates.find((x) => x.id === chosen) ?? templates[0];
  const names: Record<string, string> = {
    place: t.fieldPlace,
    host: t.fieldHost,
    counterpart: t.fieldCounterpart,
    topic: t.fieldTopic,
    attendees: t.fieldAttendees,
    directive: t.fieldDirective,
  };
  const preview = useMemo(() => (template ? previewParts(template, locale, names, t.previewField) : null), [template, locale]);

  return (
    <Dialog
      title={t.chooserTitle}
      testId="template-chooser"
      onCancel={onCancel}
      actions={
        <>
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
        <div className="tpl-chooser-columns">
          <div className="tpl-chooser-list" role="radiogroup" aria-label={t.chooserList}>
            {templates.map((x) => (
              <label key={x.id} className={x.id === template?.id ? 'tpl-choice is-chosen' : 'tpl-choice'} data-testid={`template-choice-${x.id}`}>
                <input
                  type="radio"
                  name="template"
                  value={x.id}
                  checked={x.id === template?.id}
                  onChange={() => setChosen(x.id)}
                  onDoubleClick={() => onChoose(x)}
                />
                <span className="tpl-choice-name">{x.name[locale]}</span>
                <span className="tpl-choice-description">{x.description[locale]}</span>
              </label>
            ))}
          </div>
          {preview && template && (
            <div className="tpl-preview" aria-label={template.name[locale]} data-testid="template-preview">
              <p className="tpl-preview-category">{preview.category}</p>
              <p className="tpl-preview-title">{preview.title || '…'}</p>
              <p className="tpl-preview-sapo">{preview.sapo || '…'}</p>
              <div className="tpl-preview-body">
                {preview.skeleton.map((block, i) => {
                  if (block.kind === 'heading') return <h4 key={i}>{block.text}</h4>;
                  if (block.kind === 'paragraph') return <p key={i}>{block.text}</p>;
                  if (block.kind === 'placeholder')
                    return (
                      <p key={i}>
                        <span className="tpl-preview-hint">{block.text}</span>
                        {block.end ? ` ${block.end}` : ''}
                      </p>
                    );
                  return (
                    <p key={i}>
                      {block.text}
                      {block.hint && <span className="tpl-preview-hint">{block.hint}</span>}
                      {block.end ? ` ${block.end}` : ''}
                    </p>
                  );
                })}
              </div>
            </div>
          )}
        </div>
      </div>
    </Dialog>
  );
}
