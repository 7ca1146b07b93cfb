import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import yazl from 'yazl';
import { DIRECTORY_COLUMNS, DIRECTORY_HEADERS, directoryCells, type DirectoryColumn } from '../../../shared/directory/directory-columns';
import { readDirectoryTable, type DirectoryTableResult, type DirectoryTableRow } from '../../../shared/directory/directory-table';
import type { DirectoryWorkbookProblem } from '../../../shared/directory/messages';
import type { DirectoryPerson } from '../../../shared/directory/person-schema';
import type { Locale } from '../../../shared/i18n/locale';
import { AppError } from '../../../shared/ipc/errors';
import { unpackZip, type ZipLimits } from '../import/unpack-zip';
import { sheetCellText } from './sheet-cell-text';

/**
 * The leader directory as an Excel workbook (.xlsx), read and written with exceljs. exceljs
 * has no limits of its own, so nothing reaches it before the import's zip guard has unpacked the
 * file within a directory's sizes and the sheets' cells have been counted; it then reads only
 * the entries that were checked, packed again. exceljs is loaded when a workbook is first read
 * or written (it takes about half a second to load, which the window and every command would
 * otherwise pay at start).
 */

const loadExcelJS = async () => (await import('exceljs')).default;

/** What a directory workbook may unpack to: a directory of 5,000 people is a few MB of XML. */
export const DIRECTORY_XLSX_LIMITS: ZipLimits & { maxCells: number; maxRows: number } = {
  maxUnpackedBytes: 40 * 1024 * 1024,
  maxEntryBytes: 30 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 2_000,
  /** Cells and rows over all worksheets: exceljs holds an object for each (200,000 cells take it about 5 s). */
  maxCells: 200_000,
  maxRows: 50_000,
};

/** Columns of a sheet read; a stray cell far to the right is not a column of the directory. */
const MAX_COLUMNS = 200;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** An OLE compound file (a password-protected workbook, an old .xls) or a zip (an .xlsx), by its first bytes. */
export function workbookKindOf(bytes: Uint8Array): 'ole' | 'zip' | null {
  if (startsWith(bytes, OLE)) return 'ole';
  if (startsWith(bytes, ZIP)) return 'zip';
  return null;
}

/** A workbook that cannot be read as a directory, and why. */
export class DirectoryWorkbookError extends Error {
  constructor(readonly problem: DirectoryWorkbookProblem) {
    super(problem);
  }
}

/** Cells and rows in the worksheets' XML, counted on the bytes (a tag `<c …>`, `<row …>`, with or without a prefix). */
function countTags(xml: Buffer, tag: string): number {
  const text = xml.toString('latin1');
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${tag}[\\s/>]`, 'g');
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

async function checkedEntries(bytes: Buffer): Promise<Map<string, Buffer>> {
  let parts: Map<string, Buffer>;
  try {
    parts = await unpackZip(bytes, DIRECTORY_XLSX_LIMITS);
  } catch (error) {
    if (error instanceof AppError && error.code === 'import-too-large') throw new DirectoryWorkbookError('too-large');
    throw new DirectoryWorkbookError('damaged');
  }
  if (!parts.has('xl/workbook.xml')) throw new DirectoryWorkbookError('damaged');
  let cells = 0;
  let rows = 0;
  for (const [name, data] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    cells += countTags(data, 'c');
    rows += countTags(data, 'row');
    if (cells > DIRECTORY_XLSX_LIMITS.maxCells || rows > DIRECTORY_XLSX_LIMITS.maxRows) throw new DirectoryWorkbookError('too-large');
  }
  return parts;
}

/** The checked entries as a zip again, stored: what exceljs reads is exactly what was checked. */
function repack(parts: Map<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  try {
    for (const [name, data] of parts) zip.addBuffer(data, name, { compress: false });
  } catch {
    throw new DirectoryWorkbookError('damaged');
  }
  zip.end();
  const stream = zip.outputStream as Readable;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

/** A sheet's rows as text, each with its row number; merged cells give every cell they cover the first one's value (exceljs does). */
function sheetRows(sheet: ExcelJS.Worksheet): DirectoryTableRow[] {
  const rows: DirectoryTableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const fields: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col <= MAX_COLUMNS) fields[col - 1] = sheetCellText(cell.value);
    });
    rows.push({ line, fields: Array.from(fields, (f) => f ?? '') });
  });
  return rows;
}

/**
 * People from an Excel workbook's bytes: the first worksheet whose header row names a "Họ tên"
 * column, read as every directory spreadsheet is (readDirectoryTable). Refuses, with the reason,
 * a password-protected workbook or an old .xls, a file that is not a zip, a zip bomb, a damaged
 * workbook and one with no sheet that maps.
 */
export async function readDirectoryWorkbook(bytes: Buffer): Promise<DirectoryTableResult> {
  const kind = workbookKindOf(bytes);
  if (kind === 'ole') throw new DirectoryWorkbookError('encrypted-or-xls');
  if (kind !== 'zip') throw new DirectoryWorkbookError('not-xlsx');
  const checked = await repack(await checkedEntries(bytes));
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    // exceljs types its Buffer as its own ArrayBuffer; a Node Buffer is what it reads.
    await workbook.xlsx.load(checked as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new DirectoryWorkbookError('damaged');
  }
  for (const sheet of workbook.worksheets) {
    const result = readDirectoryTable(sheetRows(sheet));
    if (!result.problems.some((p) => p.code === 'missing-column' || p.code === 'empty-file')) return result;
  }
  throw new DirectoryWorkbookError('no-sheet');
}

/** The name of the one sheet an export writes. */
export const DIRECTORY_SHEET_NAME = 'Danh bạ lãnh đạo';

/** A day as Excel holds it: midnight, no time zone (exceljs writes a UTC Date as that day's serial number). */
const excelDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The widest a column grows to fit its text (in characters); longer title chains wrap. */
const MAX_WIDTH = 60;

/**
 * The directory as an Excel workbook: one sheet "Danh bạ lãnh đạo", the header row in the
 * interface language (bold, frozen, with filters), the same columns as the CSV, the titles
 * joined by "; ", the rank a number, the dates real Excel dates shown as 28/5/2022, each column
 * as wide as its text. readDirectoryWorkbook reads it back unchanged.
 */
export async function directoryWorkbookBytes(people: readonly DirectoryPerson[], locale: Locale): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = 'Soạn Tin';
  const created = new Date(0);
  workbook.created = created;
  workbook.modified = created;
  const sheet = workbook.addWorksheet(DIRECTORY_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = DIRECTORY_HEADERS[locale];
  sheet.addRow(DIRECTORY_COLUMNS.map((c) => headers[c]));
  for (const p of people) {
    const cells = directoryCells(p);
    sheet.addRow(
      DIRECTORY_COLUMNS.map((c): ExcelJS.CellValue => {
        if (c === 'rank') return p.rank;
        if ((c === 'inOfficeFrom' || c === 'inOfficeTo') && cells[c]) return excelDay(cells[c]);
        return cells[c];
      }),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: DIRECTORY_COLUMNS.length } };
  DIRECTORY_COLUMNS.forEach((c: DirectoryColumn, i) => {
    const column = sheet.getColumn(i + 1);
    const isDate = c === 'inOfficeFrom' || c === 'inOfficeTo';
    const longest = Math.max(headers[c].length + 3, ...people.map((p) => (isDate ? 10 : directoryCells(p)[c].length)));
    column.width = Math.min(MAX_WIDTH, longest + 2);
    if (isDate) column.numFmt = 'd/m/yyyy';
    if (longest + 2 > MAX_WIDTH) column.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
