import { useId, useRef, useState, type InputHTMLAttributes, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { mentionCandidates } from '../../../../shared/directory/mention-candidates';
import { mentionQueryBefore, type MentionQuery } from '../../../../shared/directory/mention-query';
import { mentionText, type MentionForm } from '../../../../shared/directory/mention-text';
import type { DirectoryPerson } from '../../../../shared/directory/person-schema';
import { useMessages } from '../../i18n';
import { MentionList } from '../../editor/mention/MentionList';
import { otherForm, rememberMentionForm, rememberedMentionForm } from '../../editor/mention/mention-form';

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>;

interface Props extends FieldProps {
  multiline?: boolean;
  value: string;
  onValue: (value: string) => void;
  directory: readonly DirectoryPerson[];
  /** The meeting's date (ISO or ''): who was in office then. */
  date: string;
  /** Instead of writing the person into the text, hand them over (the attendee list adds them). */
  onPerson?: (person: DirectoryPerson) => void;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * A text field of the Mẫu tab in which "@" offers the directory's people, as in the body: the
 * person is written where the "@…" stood (full chain or short form), or handed to `onPerson`.
 */
export function MentionTextInput({ multiline, value, onValue, directory, date, onPerson, onKeyDown, ...rest }: Props) {
  const t = useMessages().mention;
  const listId = useId();
  const ref = useRef<Field | null>(null);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const [form, setForm] = useState<MentionForm>(rememberedMentionForm);
  const candidates = query ? mentionCandidates(directory, query.query, date) : [];

  const look = (field: Field) => {
    const caret = field.selectionStart ?? field.value.length;
    const found = field.selectionStart === field.selectionEnd ? mentionQueryBefore(field.value.slice(0, caret)) : null;
    setQuery((was) => (was?.start === found?.start && was?.query === found?.query ? was : found));
    if (!found || found.start !== query?.start) setHighlighted(0);
  };

  const choose = (index: number, chosen: MentionForm) => {
    const field = ref.current;
    const person = candidates[index]?.person;
    if (!field || !query || !person) return;
    const end = query.start + 1 + query.query.length;
    const before = value.slice(0, query.start);
    const inserted = onPerson ? '' : mentionText(person, chosen, before);
    const next = before + inserted + value.slice(end);
    onValue(next);
    setQuery(null);
    onPerson?.(person);
    const caret = before.length + inserted.length;
    requestAnimationFrame(() => field.setSelectionRange(caret, caret));
  };

  const keys = (event: KeyboardEvent<Field>) => {
    if (query && !event.nativeEvent.isComposing) {
      const n = candidates.length;
      if (event.key === 'ArrowDown' && n) {
        event.preventDefault();
        setHighlighted((i) => (i + 1) % n);
        return;
      }
      if (event.key === 'ArrowUp' && n) {
        event.preventDefault();
        setHighlighted((i) => (i - 1 + n) % n);
        return;
      }
      if (event.key === 'Enter' && n) {
        event.preventDefault();
        choose(Math.min(highlighted, n - 1), event.shiftKey ? otherForm(form) : form);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setQuery(null);
        return;
      }
    }
    onKeyDown?.(event as KeyboardEvent<HTMLInputElement> & KeyboardEvent<HTMLTextAreaElement>);
  };

  const common = {
    ...rest,
    value,
    role: 'combobox' as const,
    'aria-expanded': query !== null,
    'aria-autocomplete': 'list' as const,
    'aria-controls': query ? listId : undefined,
    'aria-activedescendant': query && candidates.length ? `${listId}-${Math.min(highlighted, candidates.length - 1)}` : undefined,
    onChange: (event: React.ChangeEvent<Field>) => {
      onValue(event.target.value);
      look(event.target);
    },
    onKeyDown: keys,
    onKeyUp: (event: KeyboardEvent<Field>) => {
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home' || event.key === 'End') look(event.currentTarget);
    },
    onClick: (event: React.MouseEvent<Field>) => look(event.currentTarget),
    onBlur: (event: React.FocusEvent<Field>) => {
      setQuery(null);
      rest.onBlur?.(event as React.FocusEvent<HTMLInputElement> & React.FocusEvent<HTMLTextAreaElement>);
    },
  };

  return (
    <span className="tpl-mention-field">
      {multiline ? (
        <textarea {...(common as TextareaHTMLAttributes<HTMLTextAreaElement>)} ref={(el) => void (ref.current = el)} />
      ) : (
        <input type="text" {...(common as InputHTMLAttributes<HTMLInputElement>)} ref={(el) => void (ref.current = el)} />
      )}
      {query && (
        <span className="tpl-mention-popup">
          <MentionList
            id={listId}
            candidates={candidates}
            textBefore={value.slice(0, query.start)}
            query={query.query}
            form={form}
            highlighted={candidates.length ? Math.min(highlighted, candidates.length - 1) : null}
            directoryEmpty={directory.length === 0}
            action={onPerson ? t.addsAttendee : undefined}
            onForm={(f) => {
              setForm(f);
              rememberMentionForm(f);
            }}
            onHighlight={setHighlighted}
            onChoose={choose}
          />
        </span>
      )}
    </span>
  );
}
