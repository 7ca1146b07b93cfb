import type { Locale } from '../i18n/locale';
import { parseNewsDate } from '../document/news-date-input';
import { joinTitlePieces } from './title-chain';
import { detectDelimiter, parseCsv, serializeCsv, type CsvDelimiter } from './csv';
import type { DirectoryCsvProblem } from './messages';
import { PERSON_ID, directoryPersonSchema, type DirectoryPerson } from './person-schema';

type Column = 'id' | 'honorific' | 'name' | 'titles' | 'shortForm' | 'unit' | 'rank' | 'inOfficeFrom' | 'inOfficeTo';

/** Header names a spreadsheet may use, compared without marks, case or extra spaces. */
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  id: ['id', 'ma', 'ma so'],
  honorific: ['danh xung', 'xung ho', 'ong/ba', 'honorific'],
  name: ['ho ten', 'ho va ten', 'ten', 'name', 'full name'],
  titles: ['chuc danh', 'chuc vu', 'titles', 'title', 'title chain'],
  shortForm: ['cach goi ngan', 'goi tat', 'chuc danh ngan', 'short form', 'shortform'],
  unit: ['don vi', 'co quan', 'unit'],
  rank: ['thu tu nghi le', 'thu tu', 'stt', 'protocol rank', 'rank', 'order'],
  inOfficeFrom: ['tu ngay', 'ngay bat dau', 'in office from', 'from'],
  inOfficeTo: ['den ngay', 'ngay ket thuc', 'in office to', 'to', 'until'],
};

const HEADERS: Record<Locale, Record<Column, string>> = {
  vi: {
    id: 'Mã',
    honorific: 'Danh xưng',
    name: 'Họ tên',
    titles: 'Chức danh',
    shortForm: 'Cách gọi ngắn',
    unit: 'Đơn vị',
    rank: 'Thứ tự nghi lễ',
    inOfficeFrom: 'Từ ngày',
    inOfficeTo: 'Đến ngày',
  },
  en: {
    id: 'id',
    honorific: 'honorific',
    name: 'name',
    titles: 'titles',
    shortForm: 'short form',
    unit: 'unit',
    rank: 'protocol rank',
    inOfficeFrom: 'in office from',
    inOfficeTo: 'in office to',
  },
};

const COLUMNS = Object.keys(HEADERS.vi) as Column[];

/** Without marks, lower case, single spaces: "Họ và tên " → "ho va ten". */
function bare(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** An id made from a name, "Lê Thị Thủy" → "le-thi-thuy", for rows that give none. */
export function personIdFromName(name: string): string {
  return (
    bare(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'nguoi'
  );
}

const tidy = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * A title chain as a cell holds it. ";" separates when the cell has one (a title may itself
 * hold " - ": "Giám đốc Sở Văn hóa - Thể thao và Du lịch"); otherwise " - " as news copy writes it.
 */
export function splitTitles(cell: string): string[] {
  const text = cell.normalize('NFC');
  if (/[;\n]/.test(text)) return text.split(/[;\n]/).map(tidy).filter(Boolean);
  return joinTitlePieces(text.split(/\s+[-–]\s+/).map(tidy).filter(Boolean));
}

function columnOf(header: string): Column | undefined {
  const h = bare(header);
  return COLUMNS.find((c) => HEADER_ALIASES[c].includes(h));
}

export interface DirectoryCsvResult {
  /** The rows that were read whole, in the file's order. */
  people: DirectoryPerson[];
  /** Each row not taken, and why; the file as a whole when it could not be read at all. */
  problems: DirectoryCsvProblem[];
}

/**
 * People from a spreadsheet of the directory (text already decoded). Headers may be Vietnamese
 * or English, in any order; only the name is required. A row without a rank takes its place in
 * the file; a row without an id gets one made from the name. A row with a problem is skipped
 * and reported, never half read.
 */
export function parseDirectoryCsv(text: string): DirectoryCsvResult {
  const rows = parseCsv(text, detectDelimiter(text));
  if (rows.length === 0) return { people: [], problems: [{ code: 'empty-file', line: 0 }] };
  const columns = rows[0].fields.map(columnOf);
  if (!columns.includes('name')) {
    return { people: [], problems: [{ code: 'missing-column', line: rows[0].line, detail: 'Họ tên / name' }] };
  }
  const people: DirectoryPerson[] = [];
  const problems: DirectoryCsvProblem[] = [];
  const ids = new Set<string>();
  rows.slice(1).forEach(({ line, fields }, index) => {
    const cell = (c: Column) => {
      const i = columns.indexOf(c);
      return i < 0 ? '' : (fields[i] ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    };
    const problem = (code: DirectoryCsvProblem['code'], detail?: string) => problems.push({ code, line, detail });
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
      const column = parsed.error.issues[0]?.path[0] as Column | undefined;
      return problem('too-long', column && column in HEADERS.vi ? `${HEADERS.vi[column]} / ${HEADERS.en[column]}` : '');
    }
    ids.add(id);
    people.push(parsed.data);
  });
  return { people, problems };
}

/**
 * The directory as a spreadsheet: headers in the interface language, titles joined by "; "
 * (safe even for a title holding " - "), dates as ISO. parseDirectoryCsv reads it back unchanged.
 */
export function serializeDirectoryCsv(people: readonly DirectoryPerson[], locale: Locale = 'vi', delimiter: CsvDelimiter = ','): string {
  const header = COLUMNS.map((c) => HEADERS[locale][c]);
  const rows = people.map((p) => [
    p.id,
    p.honorific,
    p.name,
    p.titles.join('; '),
    p.shortForm ?? '',
    p.unit,
    String(p.rank),
    p.inOfficeFrom ?? '',
    p.inOfficeTo ?? '',
  ]);
  return serializeCsv([header, ...rows], delimiter);
}
