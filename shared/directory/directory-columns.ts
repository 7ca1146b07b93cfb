import type { Locale } from '../i18n/locale';
import { joinTitlePieces } from './title-chain';
import type { DirectoryPerson } from './person-schema';

/**
 * The columns of a directory spreadsheet, whatever holds it (a CSV, an Excel sheet): the header
 * names each may have, the headers the app writes, and how a person's cells are written.
 */
export type DirectoryColumn = 'id' | 'honorific' | 'name' | 'titles' | 'shortForm' | 'unit' | 'rank' | 'inOfficeFrom' | 'inOfficeTo';

/** Header names a spreadsheet may use, compared without marks, case or extra spaces. */
const HEADER_ALIASES: Record<DirectoryColumn, readonly string[]> = {
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

/** The header row the app writes, in the interface language. */
export const DIRECTORY_HEADERS: Record<Locale, Record<DirectoryColumn, string>> = {
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

/** The columns in the order the app writes them. */
export const DIRECTORY_COLUMNS = Object.keys(DIRECTORY_HEADERS.vi) as DirectoryColumn[];

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

/** The column a header names, if any ("Họ và tên" → name, "STT" → rank). */
export function directoryColumnOf(header: string): DirectoryColumn | undefined {
  const h = bare(header);
  return DIRECTORY_COLUMNS.find((c) => HEADER_ALIASES[c].includes(h));
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
 * A title chain as a cell holds it. ";" or a line break (Alt+Enter in Excel) separates when the
 * cell has one (a title may itself hold " - ": "Giám đốc Sở Văn hóa - Thể thao và Du lịch");
 * otherwise " - " as news copy writes it.
 */
export function splitTitles(cell: string): string[] {
  const text = cell.normalize('NFC');
  if (/[;\r\n]/.test(text)) return text.split(/[;\r\n]/).map(tidy).filter(Boolean);
  return joinTitlePieces(text.split(/\s+[-–]\s+/).map(tidy).filter(Boolean));
}

/**
 * A person's cells as text, as every export writes them: titles joined by "; " (safe even for a
 * title holding " - "), dates as ISO, the rank as digits.
 */
export function directoryCells(p: DirectoryPerson): Record<DirectoryColumn, string> {
  return {
    id: p.id,
    honorific: p.honorific,
    name: p.name,
    titles: p.titles.join('; '),
    shortForm: p.shortForm ?? '',
    unit: p.unit,
    rank: String(p.rank),
    inOfficeFrom: p.inOfficeFrom ?? '',
    inOfficeTo: p.inOfficeTo ?? '',
  };
}
