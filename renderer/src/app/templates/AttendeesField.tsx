import { useId, useState } from 'react';
import { sortByProtocol } from '../../../../shared/directory/protocol-order';
import type { DirectoryPerson } from '../../../../shared/directory/person-schema';
import { formatPerson } from '../../../../shared/directory/format-person';
import type { AttendeeField } from '../../../../shared/templates/fields-schema';
import { useMessages } from '../../i18n';
import { attendeeLabel, moved, sortAttendees, titlesFromText } from './attendee-label';
import { MentionTextInput } from './MentionTextInput';

interface Props {
  label: string;
  value: readonly AttendeeField[];
  directory: readonly DirectoryPerson[];
  /** The meeting's date: the "@" picker marks who was not in office then. */
  date: string;
  onChange: (next: AttendeeField[]) => void;
}

/**
 * The attendee list: directory people (offered in protocol order), people written out and free
 * groups, in the order the attendee paragraph writes them; reordered by dragging or with the
 * arrow buttons.
 */
export function AttendeesField({ label, value, directory, date, onChange }: Props) {
  const t = useMessages().templates;
  const ids = useId();
  const [dragged, setDragged] = useState<number | null>(null);
  const [group, setGroup] = useState('');
  const [other, setOther] = useState({ honorific: '', name: '', titles: '' });
  const listed = new Set(value.flatMap((a) => ('person' in a ? [a.person] : [])));
  const offered = sortByProtocol(directory).filter((p) => !listed.has(p.id));

  const addGroup = () => {
    const text = group.trim();
    if (!text) return;
    onChange([...value, { group: text }]);
    setGroup('');
  };
  const addOther = () => {
    const name = other.name.trim();
    if (!name) return;
    onChange([...value, { honorific: other.honorific.trim(), name, titles: titlesFromText(other.titles) }]);
    setOther({ honorific: '', name: '', titles: '' });
  };

  return (
    <div className="field tpl-attendees" role="group" aria-labelledby={`${ids}-label`}>
      <span className="field-label" id={`${ids}-label`}>
        {label}
      </span>
      {value.length === 0 ? (
        <p className="field-hint">{t.attendeesEmpty}</p>
      ) : (
        <ol className="tpl-attendee-list" data-testid="tpl-attendees">
          {value.map((entry, i) => (
            <li
              key={`${i}-${JSON.stringify(entry)}`}
              className={dragged === i ? 'tpl-attendee is-dragged' : 'tpl-attendee'}
              draggable
              title={t.dragHint}
              data-testid="tpl-attendee"
              onDragStart={(e) => {
                setDragged(i);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', String(i));
              }}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const from = dragged ?? Number(e.dataTransfer.getData('text/plain'));
                setDragged(null);
                onChange(moved(value, from, i));
              }}
              onDragEnd={() => setDragged(null)}
            >
              <span className="tpl-grip" aria-hidden="true">⋮⋮</span>
              <span className="tpl-attendee-text">
                {attendeeLabel(entry, directory)}
                {'group' in entry && <span className="tpl-badge">{t.groupBadge}</span>}
                {'person' in entry && <span className="tpl-badge">{t.directoryBadge}</span>}
              </span>
              <span className="tpl-row-actions">
                <button type="button" className="tpl-icon" aria-label={t.moveUp} title={t.moveUp} disabled={i === 0} onClick={() => onChange(moved(value, i, i - 1))}>
                  ↑
                </button>
                <button type="button" className="tpl-icon" aria-label={t.moveDown} title={t.moveDown} disabled={i === value.length - 1} onClick={() => onChange(moved(value, i, i + 1))}>
                  ↓
                </button>
                <button type="button" className="tpl-icon" aria-label={t.remove} title={t.remove} onClick={() => onChange(value.filter((_, n) => n !== i))}>
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {value.length > 1 && (
        <button type="button" className="tpl-link" onClick={() => onChange(sortAttendees(value, directory))}>
          {t.sortByProtocol}
        </button>
      )}
      <select
        className="tpl-select"
        value=""
        aria-label={t.addFromDirectory}
        data-testid="tpl-add-person"
        disabled={offered.length === 0}
        onChange={(e) => {
          if (e.target.value) onChange([...value, { person: e.target.value }]);
        }}
      >
        <option value="">{directory.length === 0 ? t.directoryEmptyHint : t.addFromDirectory}</option>
        {offered.map((p) => (
          <option key={p.id} value={p.id}>
            {formatPerson(p, 'short')}
          </option>
        ))}
      </select>
      <div className="tpl-inline-add">
        <MentionTextInput
          value={group}
          placeholder={t.groupPlaceholder}
          aria-label={t.addGroup}
          data-testid="tpl-group-input"
          onValue={setGroup}
          directory={directory}
          date={date}
          onPerson={(person) => {
            if (!listed.has(person.id)) onChange([...value, { person: person.id }]);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addGroup();
            }
          }}
        />
        <button type="button" className="button" onClick={addGroup} data-testid="tpl-add-group">
          {t.addGroup}
        </button>
      </div>
      <details className="tpl-other">
        <summary>{t.addOther}</summary>
        <div className="tpl-other-grid">
          <input type="text" value={other.honorific} placeholder="bà / ông" aria-label={t.otherHonorific} maxLength={30} onChange={(e) => setOther({ ...other, honorific: e.target.value })} />
          <input type="text" value={other.name} placeholder={t.otherName} aria-label={t.otherName} maxLength={100} data-testid="tpl-other-name" onChange={(e) => setOther({ ...other, name: e.target.value })} />
          <input type="text" value={other.titles} placeholder={t.otherTitles} aria-label={t.otherTitles} data-testid="tpl-other-titles" onChange={(e) => setOther({ ...other, titles: e.target.value })} />
          <button type="button" className="button" onClick={addOther} disabled={!other.name.trim()} data-testid="tpl-add-other">
            {t.add}
          </button>
        </div>
      </details>
    </div>
  );
}
