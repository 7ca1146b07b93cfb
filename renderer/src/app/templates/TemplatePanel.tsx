import './templates.css';
import { useId, useState } from 'react';
import { SESSIONS, type ArticleFields, type AttendeeField, type InlinePerson, type PersonRef } from '../../../../shared/templates/fields-schema';
import { fieldId, type FieldSpec } from '../../../../shared/templates/template-schema';
import { TEMPLATE_TEXT_PARTS, type TemplateTextPart } from '../../../../shared/templates/template-update';
import { useLocale, useMessages } from '../../i18n';
import { DateField } from '../DateField';
import { AttendeesField } from './AttendeesField';
import { DirectiveField } from './DirectiveField';
import { MentionTextInput } from './MentionTextInput';
import { rememberedValues, rememberValue } from './field-memory';
import type { TemplateDocument } from './use-template-document';
import { standardFieldLabels } from './field-labels';

interface Props {
  doc: TemplateDocument;
  onOpenDirectory: () => void;
}

const TEXT_FIELDS_WITH_MEMORY = new Set(['place', 'host', 'counterpart']);

/**
 * The Mẫu tab: the template's fields, in the template's order, and what follows from them. Every
 * change goes to the template at once; the parts the officer has not touched follow it, a part
 * edited by hand is kept and listed as such, with one click to take the template's version.
 */
export function TemplatePanel({ doc, onOpenDirectory }: Props) {
  const t = useMessages().templates;
  const locale = useLocale();
  const ids = useId();
  const { template, fields, directory } = doc;
  // Text as typed (a trailing space, a half-written word) while the fields hold the tidy text.
  const [texts, setTexts] = useState<Record<string, string>>(() => {
    const out: Record<string, string> = {};
    for (const spec of template.fields) {
      const id = fieldId(spec);
      const v = (fields as Record<string, unknown>)[id];
      if (typeof v === 'string') out[id] = v;
    }
    if (fields.noun) out.noun = fields.noun;
    return out;
  });

  const change = (patch: Partial<Record<string, unknown>>) => doc.changeFields({ ...fields, ...patch } as ArticleFields);
  const changeText = (id: string, value: string) => {
    setTexts((old) => ({ ...old, [id]: value }));
    change({ [id]: value });
  };

  const labelOf = (spec: FieldSpec): string => {
    const id = fieldId(spec);
    if (typeof spec !== 'string' && spec.label) return spec.label[locale];
    const standard = standardFieldLabels(t);
    return standard[id] ?? id;
  };
  const units = [...new Set(directory.map((p) => p.unit).filter(Boolean))];

  const field = (spec: FieldSpec) => {
    const id = fieldId(spec);
    const label = labelOf(spec);
    const hint = typeof spec !== 'string' && spec.hint ? spec.hint[locale] : '';
    switch (id) {
      case 'session':
        return (
          <label className="field" key={id}>
            <span className="field-label">{label}</span>
            <select className="tpl-select" value={fields.session} data-testid="tpl-session" onChange={(e) => change({ session: e.target.value })}>
              {SESSIONS.map((s) => (
                <option key={s} value={s}>
                  {s || t.sessionNone}
                </option>
              ))}
            </select>
          </label>
        );
      case 'date':
        return <DateField key={id} label={label} testId="tpl-date" value={fields.date} onChange={(date) => change({ date })} />;
      case 'attendees':
        return <AttendeesField key={id} label={label} value={fields.attendees} directory={directory} date={fields.date} onChange={(attendees: AttendeeField[]) => change({ attendees })} />;
      case 'directive':
        return (
          <DirectiveField
            key={id}
            label={label}
            value={fields.directive}
            attendees={fields.attendees}
            directory={directory}
            onChange={(directive: PersonRef | InlinePerson | null) => change({ directive })}
          />
        );
      default: {
        const options = [
          ...(typeof spec !== 'string' && spec.options ? spec.options : []),
          ...(TEXT_FIELDS_WITH_MEMORY.has(id) ? rememberedValues(id) : []),
          ...(id === 'host' || id === 'counterpart' ? units : []),
        ];
        const unique = [...new Set(options)];
        const listId = `${ids}-${id}-options`;
        const value = texts[id] ?? '';
        const onBlur = () => TEXT_FIELDS_WITH_MEMORY.has(id) && rememberValue(id, value);
        return (
          <label className="field" key={id}>
            <span className="field-label">{label}</span>
            <MentionTextInput
              multiline={id === 'topic'}
              className={id === 'topic' ? 'tpl-textarea' : undefined}
              rows={id === 'topic' ? 4 : undefined}
              value={value}
              list={id !== 'topic' && unique.length ? listId : undefined}
              data-testid={`tpl-field-${id}`}
              onValue={(next) => changeText(id, next)}
              onBlur={onBlur}
              directory={directory}
              date={fields.date}
            />
            {unique.length > 0 && (
              <datalist id={listId}>
                {unique.map((o) => (
                  <option key={o} value={o} />
                ))}
              </datalist>
            )}
            {hint && <span className="field-hint">{hint}</span>}
          </label>
        );
      }
    }
  };

  const partName: Record<TemplateTextPart, string> = {
    title: t.partTitle,
    sapo: t.partSapo,
    attendees: t.partAttendees,
    directiveOpening: t.partDirectiveOpening,
  };
  const stateName = { generated: t.stateGenerated, edited: t.stateEdited, gone: t.stateGone };
  const issueText = doc.parts.issues.map((issue) => {
    if (issue.code === 'missing-field') {
      const spec = template.fields.find((s) => fieldId(s) === issue.field);
      return t.missingField(spec ? labelOf(spec) : issue.field);
    }
    if (issue.code === 'unknown-person') return t.unknownPerson(issue.personId);
    const person = directory.find((p) => p.id === issue.personId);
    return t.outOfOffice(person?.name ?? issue.personId);
  });

  return (
    <div className="tpl-panel" data-testid="template-panel">
      <p className="tpl-name">{t.panelTemplate(template.name[locale])}</p>
      {issueText.length > 0 && (
        <ul className="tpl-issues" data-testid="tpl-issues">
          {issueText.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {template.fields.map(field)}
      {template.nouns.length > 1 && (
        <label className="field">
          <span className="field-label">{t.fieldNoun}</span>
          <select className="tpl-select" value={fields.noun ?? template.noun} data-testid="tpl-noun" onChange={(e) => change({ noun: e.target.value === template.noun ? undefined : e.target.value })}>
            {template.nouns.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" className="button tpl-directory-button" onClick={onOpenDirectory} data-testid="open-directory">
        {t.directoryButton}
      </button>

      <section className="tpl-section" aria-label={t.partsHeading}>
        <h3 className="tpl-heading">{t.partsHeading}</h3>
        <ul className="tpl-parts">
          {TEMPLATE_TEXT_PARTS.map((part) => {
            const status = doc.statuses[part];
            return (
              <li key={part} className={`tpl-part is-${status.state}`} data-testid={`tpl-part-${part}`} data-state={status.state}>
                <span className="tpl-part-name">{partName[part]}</span>
                <span className="tpl-part-state" title={status.state === 'edited' ? t.editedHint : undefined}>
                  {stateName[status.state]}
                </span>
                {status.state === 'edited' && (
                  <button type="button" className="tpl-link" onClick={() => doc.takeTemplate(part)} data-testid={`tpl-take-${part}`}>
                    {t.takeTemplate}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {doc.written.captions.length > 0 && (
        <section className="tpl-section" aria-label={t.captionsHeading}>
          <h3 className="tpl-heading">{t.captionsHeading}</h3>
          <ul className="tpl-captions" data-testid="tpl-captions">
            {doc.written.captions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
