import { formatPerson } from '../../../../shared/directory/format-person';
import type { DirectoryPerson } from '../../../../shared/directory/person-schema';
import { sortByProtocol } from '../../../../shared/directory/protocol-order';
import type { AttendeeField, InlinePerson, PersonRef } from '../../../../shared/templates/fields-schema';
import { useMessages } from '../../i18n';

type Speaker = PersonRef | InlinePerson | null | undefined;

interface Props {
  label: string;
  value: Speaker;
  attendees: readonly AttendeeField[];
  directory: readonly DirectoryPerson[];
  onChange: (next: PersonRef | InlinePerson | null) => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The directive speaker: one of the people present, or anyone in the directory. */
export function DirectiveField({ label, value, attendees, directory, onChange }: Props) {
  const t = useMessages().templates;
  const inline = attendees.flatMap((a, i) => (!('group' in a) && !('person' in a) ? [{ a, i }] : []));
  const people = sortByProtocol(directory);
  const selected = !value ? '' : 'person' in value ? `d:${value.person}` : (() => {
    const found = inline.find(({ a }) => same(a, value));
    return found ? `a:${found.i}` : 'x';
  })();
  const presentIds = new Set(attendees.flatMap((a) => ('person' in a ? [a.person] : [])));

  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select
        className="tpl-select"
        value={selected}
        data-testid="tpl-directive"
        onChange={(e) => {
          const v = e.target.value;
          if (v === '') onChange(null);
          else if (v.startsWith('d:')) onChange({ person: v.slice(2) });
          else if (v.startsWith('a:')) onChange(attendees[Number(v.slice(2))] as InlinePerson);
        }}
      >
        <option value="">{t.directiveNone}</option>
        {selected === 'x' && value && !('person' in value) && <option value="x">{formatPerson(value, 'short')}</option>}
        {(inline.length > 0 || presentIds.size > 0) && (
          <optgroup label={t.directiveFromAttendees}>
            {inline.map(({ a, i }) => (
              <option key={`a${i}`} value={`a:${i}`}>
                {formatPerson(a as InlinePerson, 'short')}
              </option>
            ))}
            {people.filter((p) => presentIds.has(p.id)).map((p) => (
              <option key={p.id} value={`d:${p.id}`}>
                {formatPerson(p, 'short')}
              </option>
            ))}
          </optgroup>
        )}
        {people.some((p) => !presentIds.has(p.id)) && (
          <optgroup label={t.directiveFromDirectory}>
            {people.filter((p) => !presentIds.has(p.id)).map((p) => (
              <option key={p.id} value={`d:${p.id}`}>
                {formatPerson(p, 'short')}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
