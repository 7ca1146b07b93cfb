import './mention.css';
import type { JSX } from 'react';
import type { MentionCandidate } from '../../../../shared/directory/mention-candidates';
import { MENTION_FORMS, mentionText, type MentionForm } from '../../../../shared/directory/mention-text';
import { useMessages } from '../../i18n';

interface Props {
  id: string;
  candidates: readonly MentionCandidate[];
  /** What was typed before the "@" (a sentence's start writes a capital). */
  textBefore: string;
  query: string;
  form: MentionForm;
  highlighted: number | null;
  directoryEmpty: boolean;
  /** A line under each person saying what choosing them does instead of writing them ("add to the attendees"). */
  action?: string;
  onForm: (form: MentionForm) => void;
  onChoose: (index: number, form: MentionForm) => void;
  onHighlight: (index: number) => void;
  optionRef?: (index: number, element: HTMLElement | null) => void;
}

/**
 * The "@" picker's list, for the body and the Mẫu tab's fields alike: each person as they would
 * be written in the chosen form, their unit, and a mark when they were not in office on the
 * article's date. Mouse presses do not take the focus from where the officer types.
 */
export function MentionList(props: Props): JSX.Element {
  const t = useMessages().mention;
  const { candidates, form, highlighted } = props;
  const keepFocus = (event: React.MouseEvent) => event.preventDefault();
  const formName: Record<MentionForm, string> = { full: t.formFull, short: t.formShort };
  return (
    <div className="st-mention" data-testid="mention-list" onMouseDown={keepFocus}>
      {!props.action && (
        <div className="st-mention-forms" role="group" aria-label={t.formLabel}>
          {MENTION_FORMS.map((f) => (
            <button key={f} type="button" aria-pressed={form === f} data-testid={`mention-form-${f}`} onClick={() => props.onForm(f)}>
              {formName[f]}
            </button>
          ))}
        </div>
      )}
      {candidates.length === 0 ? (
        <p className="st-mention-empty" role="status">
          {props.directoryEmpty ? t.emptyDirectory : t.noMatch(props.query)}
        </p>
      ) : (
        <ul className="st-mention-options" role="listbox" id={props.id} aria-label={t.listLabel}>
          {candidates.map(({ person, inOffice }, i) => (
            <li
              key={person.id}
              id={`${props.id}-${i}`}
              ref={(el) => props.optionRef?.(i, el)}
              role="option"
              aria-selected={highlighted === i}
              className={`st-mention-option${highlighted === i ? ' is-highlighted' : ''}${inOffice ? '' : ' is-out'}`}
              data-testid="mention-option"
              onMouseEnter={() => props.onHighlight(i)}
              onClick={() => props.onChoose(i, form)}
            >
              <span className="st-mention-text">{props.action ? person.name : mentionText(person, form, props.textBefore)}</span>
              <span className="st-mention-meta">
                {props.action ? `${person.titles.join(' - ')} · ${props.action}` : person.unit}
                {!inOffice && <span className="st-mention-out"> · {t.outOfOffice}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!props.action && candidates.length > 0 && <p className="st-mention-hint">{t.otherFormHint}</p>}
    </div>
  );
}
