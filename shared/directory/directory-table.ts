import { parseNewsDate } from '../document/news-date-input';
import { DIRECTORY_COLUMNS, DIRECTORY_HEADERS, directoryColumnOf, personIdFromName, splitTitles, type DirectoryColumn } from './directory-columns';
import type { DirectoryCsvProblem } from './messages';
import { PERSON_ID, directoryPersonSchema, type DirectoryPerson } from './person-schema';

/** One row of a spreadsheet as text, with the line (a CSV's line, a sheet's row number) it is on. */
export interface DirectoryTableRow {
  line: number;
  fields: readonly string[];
}

export interface DirectoryTableResult {
  /** The rows that were read whole, in the file's order. */
  people: DirectoryPerson[];
  /** Each row not taken, and why; the file as a whole when it could not be read at all. */
  problems: DirectoryCsvProblem[];
}

/** How far down a sheet its header row is looked for (a title line or two often comes first). */
const HEADER_SEARCH_ROWS = 20;

/** What Excel shows in a cell whose formula failed; a CSV saved by Excel holds the same text. */
const EXCEL_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** A cell as stored: NFC, trimmed, runs of spaces made one; a titles cell keeps its line breaks (one title per line). */
function clean(value: string, keepLines: boolean): string {
  const text = value.normalize('NFC');
  if (!keepLines) return text.replace(/\s+/g, ' ').trim();
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const blank = (fields: readonly string[]) => fields.every((f) => f.trim() === '');

/**
 * Which column each position of the header holds. The header is the first row naming a "Họ tên"
 * column; a row right under it that only continues it (the sub-headers under a merged "Thời gian
 * giữ chức vụ", or a merged cell repeated) is read with it. Rows above it (a sheet's title) are left.
 */
function findHeader(rows: readonly DirectoryTableRow[]): { columns: (DirectoryColumn | undefined)[]; start: number } | null {
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let h = 0; h < last; h++) {
    const columns = rows[h].fields.map(directoryColumnOf);
    if (!columns.includes('name')) continue;
    const next = rows[h + 1];
    const continues =
      next !== undefined &&
      next.line === rows[h].line + 1 &&
      next.fields.some((f, i) => f.trim() !== '' && f !== rows[h].fields[i] && directoryColumnOf(f) !== undefined) &&
      next.fields.every((f, i) => f.trim() === '' || f === rows[h].fields[i] || directoryColumnOf(f) !== undefined);
    if (!continues) return { columns, start: h + 1 };
    const below = next.fields.map(directoryColumnOf);
    const width = Math.max(columns.length, below.length);
    return { columns: Array.from({ length: width }, (_, i) => below[i] ?? columns[i]), start: h + 2 };
  }
  return null;
}

/**
 * People from the rows of a directory spreadsheet, whatever file they came from (a CSV, an Excel
 * sheet). Headers may be Vietnamese or English, in any order, under a title line; only the name
 * is required. A row without a rank takes its place in the file; a row without an id gets one
 * made from the name. Empty rows are passed over; a row with a problem is skipped and reported,
 * never half read.
 */
export function readDirectoryTable(rows: readonly DirectoryTableRow[]): DirectoryTableResult {
  const filled = rows.filter((r) => !blank(r.fields));
  if (filled.length === 0) return { people: [], problems: [{ code: 'empty-file', line: 0 }] };
  const header = findHeader(filled);
  if (!header) return { people: [], problems: [{ code: 'missing-column', line: filled[0].line, detail: 'Họ tên / name' }] };
  const { columns } = header;
  const people: DirectoryPerson[] = [];
  const problems: DirectoryCsvProblem[] = [];
  const ids = new Set<string>();
  filled.slice(header.start).forEach(({ line, fields }, index) => {
    const problem = (code: DirectoryCsvProblem['code'], detail?: string) => problems.push({ code, line, detail });
    const failed = fields.map((f) => f.trim()).find((f, i) => columns[i] !== undefined && EXCEL_ERROR.test(f));
    if (failed) return problem('cell-error', failed);
    /**
     * A column's text. A header merged over two columns names both: the name is then what they
     * hold together ("Lê Thị" | "Thủy"), the titles each cell's, anything else the first given.
     */
    const cell = (c: DirectoryColumn) => {
      const values = [...new Set(columns.flatMap((col, i) => (col === c ? [clean(fields[i] ?? '', c === 'titles')] : [])).filter(Boolean))];
      if (c === 'name') return values.join(' ');
      if (c === 'titles') return values.join('\n');
      return values[0] ?? '';
    };
    const name = cell('name');
    if (!name) return problem('missing-name');
    const rankText = cell('rank');
    if (rankText && !/^\d{1,7}$/.test(rankText)) return problem('bad-rank', rankText);
    const dates: Partial<Record<'inOfficeFrom' | 'inOfficeTo', string>> = {};
    for (const c of ['inOfficeFrom', 'inOfficeTo'] as const) {
      const raw = cell(c);
      const iso = parseNewsDate(raw);
      if (iso === null) return problem('bad-date', raw);
      if (iso) dates[c] = iso;
    }
    if (dates.inOfficeFrom && dates.inOfficeTo && dates.inOfficeFrom > dates.inOfficeTo) return problem('dates-reversed');
    let id = cell('id').toLowerCase();
    if (id && !PERSON_ID.test(id)) return problem('bad-id', id);
    if (id && ids.has(id)) return problem('duplicate-id', id);
    if (!id) {
      const base = personIdFromName(name);
      id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    }
    const shortForm = cell('shortForm');
    const parsed = directoryPersonSchema.safeParse({
      id,
      honorific: cell('honorific'),
      name,
      titles: splitTitles(cell('titles')),
      ...(shortForm ? { shortForm } : {}),
      unit: cell('unit'),
      rank: rankText ? Number(rankText) : index + 1,
      ...dates,
    });
    // Every cell was checked above except its length.
    if (!parsed.success) {
      const column = parsed.error.issues[0]?.path[0] as DirectoryColumn | undefined;
      return problem('too-long', column && DIRECTORY_COLUMNS.includes(column) ? `${DIRECTORY_HEADERS.vi[column]} / ${DIRECTORY_HEADERS.en[column]}` : '');
    }
    ids.add(id);
    people.push(parsed.data);
  });
  return { people, problems };
}
