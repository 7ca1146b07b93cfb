import { formatPerson } from '../../../../shared/directory/format-person';
import type { DirectoryPerson } from '../../../../shared/directory/person-schema';
import type { AttendeeField } from '../../../../shared/templates/fields-schema';

/** How the form shows one attendee: as the attendee paragraph writes them. */
export function attendeeLabel(entry: AttendeeField, directory: readonly DirectoryPerson[]): string {
  if ('group' in entry) return entry.group;
  if ('person' in entry) {
    const found = directory.find((p) => p.id === entry.person);
    return found ? formatPerson(found, 'full') : entry.person;
  }
  return formatPerson(entry, 'full');
}

/**
 * Attendees in protocol order: directory people by their rank, then people written out (in the
 * order given), then the free groups (in the order given), as the attendee paragraph lists them.
 */
export function sortAttendees(list: readonly AttendeeField[], directory: readonly DirectoryPerson[]): AttendeeField[] {
  const key = (entry: AttendeeField): number => {
    if ('group' in entry) return 2_000_000;
    if ('person' in entry) return directory.find((p) => p.id === entry.person)?.rank ?? 1_000_000;
    return 1_000_000;
  };
  return [...list].map((entry, i) => ({ entry, i, k: key(entry) })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.entry);
}

/** Moves one entry of a list from one place to another. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy" typed in one field: the chain, in order. */
export function titlesFromText(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+[-–]\s+|\n|;/u)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
