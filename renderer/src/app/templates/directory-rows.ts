import { personIdFromName } from '../../../../shared/directory/directory-columns';
import type { DirectoryPerson } from '../../../../shared/directory/person-schema';
import { formatNewsDateInput, parseNewsDate } from '../../../../shared/document/news-date-input';

/** One person as the directory dialog edits them: every cell as typed. */
export interface DirectoryRow {
  /** Kept across edits, so drafts that name the person by id still find them. */
  id: string;
  honorific: string;
  name: string;
  /** One title per line, in the order news copy writes the chain. */
  titles: string;
  shortForm: string;
  unit: string;
  rank: string;
  from: string;
  to: string;
}

export function rowOf(p: DirectoryPerson): DirectoryRow {
  return {
    id: p.id,
    honorific: p.honorific,
    name: p.name,
    titles: p.titles.join('\n'),
    shortForm: p.shortForm ?? '',
    unit: p.unit,
    rank: String(p.rank),
    from: formatNewsDateInput(p.inOfficeFrom ?? ''),
    to: formatNewsDateInput(p.inOfficeTo ?? ''),
  };
}

export function emptyRow(rank: number): DirectoryRow {
  return { id: '', honorific: '', name: '', titles: '', shortForm: '', unit: '', rank: String(rank), from: '', to: '' };
}

export type RowProblem = 'needName' | 'badDate' | 'datesReversed';

/**
 * The people the rows describe, or the first row that is not right (its number from 1 and why).
 * A new row's id is made from the name, unique in the directory; a row without a rank keeps its place.
 */
export function peopleOfRows(rows: readonly DirectoryRow[]): { people: DirectoryPerson[] } | { row: number; problem: RowProblem } {
  const taken = new Set(rows.map((r) => r.id).filter(Boolean));
  const people: DirectoryPerson[] = [];
  for (const [i, r] of rows.entries()) {
    const name = r.name.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (!name) return { row: i + 1, problem: 'needName' };
    const from = parseNewsDate(r.from);
    const to = parseNewsDate(r.to);
    if (from === null || to === null) return { row: i + 1, problem: 'badDate' };
    if (from && to && from > to) return { row: i + 1, problem: 'datesReversed' };
    let id = r.id;
    if (!id) {
      const base = personIdFromName(name);
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    const rank = /^\d{1,7}$/.test(r.rank.trim()) ? Number(r.rank.trim()) : i + 1;
    const shortForm = r.shortForm.normalize('NFC').trim();
    people.push({
      id,
      honorific: r.honorific.normalize('NFC').trim(),
      name,
      titles: r.titles
        .split('\n')
        .map((t) => t.normalize('NFC').replace(/\s+/g, ' ').trim())
        .filter(Boolean),
      ...(shortForm ? { shortForm } : {}),
      unit: r.unit.normalize('NFC').replace(/\s+/g, ' ').trim(),
      rank,
      ...(from ? { inOfficeFrom: from } : {}),
      ...(to ? { inOfficeTo: to } : {}),
    });
  }
  return { people };
}
