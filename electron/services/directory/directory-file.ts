import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { parseDirectoryCsv, serializeDirectoryCsv } from '../../../shared/directory/directory-csv';
import type { DirectoryTableResult } from '../../../shared/directory/directory-table';
import { describeDirectoryCsvProblem, describeDirectoryWorkbookProblem, type DirectoryWorkbookProblem } from '../../../shared/directory/messages';
import { MAX_DIRECTORY_PEOPLE, directorySchema, type DirectoryPerson } from '../../../shared/directory/person-schema';
import type { Locale } from '../../../shared/i18n/locale';
import { decodeDirectoryBytes, encodeForExcel } from './directory-bytes';
import { DirectoryWorkbookError, directoryWorkbookBytes, readDirectoryWorkbook, workbookKindOf } from './directory-xlsx';

/** A sentence for the officer, Vietnamese and English. */
export interface Said {
  vi: string;
  en: string;
}

/** A directory file that cannot be read at all: the message says why. */
export class DirectoryFileError extends Error {
  constructor(readonly said: Said) {
    super(said.en);
  }
}

export type DirectoryFileFormat = 'json' | 'csv' | 'xlsx';

/** The format a directory file is in, by its name (an old .xls is read as a workbook, to say what to do with it). */
export function directoryFormatOf(path: string): DirectoryFileFormat | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  if (ext === '.xlsx' || ext === '.xls') return 'xlsx';
  return null;
}

export interface DirectoryRead {
  /** The people read whole, in the file's order. */
  people: DirectoryPerson[];
  /** Rows of a spreadsheet that were skipped, each with its line. */
  skipped: Said[];
}

const json = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new DirectoryFileError({ vi: 'Tệp danh bạ không phải JSON hợp lệ.', en: 'The directory file is not valid JSON.' });
  }
};

const said = (p: Parameters<typeof describeDirectoryCsvProblem>[0]): Said => ({ vi: describeDirectoryCsvProblem(p, 'vi'), en: describeDirectoryCsvProblem(p, 'en') });

/** The rows of a spreadsheet read: refused whole when no row could be taken, else the people with the rows skipped. */
function spreadsheetRead({ people, problems }: DirectoryTableResult): DirectoryRead {
  const whole = problems.find((p) => p.line === 0 || p.code === 'missing-column');
  if (whole || people.length === 0) throw new DirectoryFileError(said(whole ?? problems[0] ?? { code: 'empty-file', line: 0 }));
  if (people.length > MAX_DIRECTORY_PEOPLE) {
    throw new DirectoryFileError({
      vi: `Tệp có ${people.length} người, quá ${MAX_DIRECTORY_PEOPLE} người một danh bạ giữ được.`,
      en: `The file holds ${people.length} people, more than the ${MAX_DIRECTORY_PEOPLE} a directory can hold.`,
    });
  }
  return { people, skipped: problems.map(said) };
}

const workbookRefusal = (p: DirectoryWorkbookProblem) =>
  new DirectoryFileError({ vi: describeDirectoryWorkbookProblem(p, 'vi'), en: describeDirectoryWorkbookProblem(p, 'en') });

/**
 * A directory from the text of a file: JSON (the list of people, or {"people": […]}, as the app
 * exports it) checked whole by the schema, or a spreadsheet's CSV whose bad rows are skipped and
 * reported. Everything comes back NFC.
 */
export function parseDirectoryText(text: string, format: 'json' | 'csv'): DirectoryRead {
  if (format === 'csv') return spreadsheetRead(parseDirectoryCsv(text));
  const value = json(text.replace(/^\uFEFF/, ''));
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? (value as { people?: unknown }).people : undefined;
  const parsed = directorySchema.safeParse(list);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map((k) => (typeof k === 'number' ? `[${k + 1}]` : `.${String(k)}`)).join('') : '';
    throw new DirectoryFileError({
      vi: `Tệp danh bạ JSON không đúng khuôn dạng${where ? ` (người${where})` : ''}: ${issue?.message ?? ''}`.trim(),
      en: `The directory JSON is not in the expected form${where ? ` (person${where})` : ''}: ${issue?.message ?? ''}`.trim(),
    });
  }
  return { people: parsed.data, skipped: [] };
}

/** People from an Excel workbook's bytes, or why it cannot be read (the sheet's skipped rows reported as a CSV's). */
export async function parseDirectoryWorkbook(bytes: Buffer): Promise<DirectoryRead> {
  try {
    return spreadsheetRead(await readDirectoryWorkbook(bytes));
  } catch (error) {
    if (error instanceof DirectoryWorkbookError) throw workbookRefusal(error.problem);
    throw error;
  }
}

/**
 * Reads a directory file from disk, whatever Excel or a text editor wrote it in. The first bytes
 * decide for a workbook (an .xlsx saved under another name is still one); otherwise the name.
 */
export async function readDirectoryFile(path: string): Promise<DirectoryRead> {
  const format = directoryFormatOf(path);
  if (format === null) {
    throw new DirectoryFileError({ vi: 'Tệp danh bạ phải là .xlsx, .csv hoặc .json.', en: 'A directory file must be .xlsx, .csv or .json.' });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new DirectoryFileError({ vi: `Không đọc được tệp danh bạ ${path}.`, en: `Cannot read the directory file ${path}.` });
  }
  if (bytes.length > 20 * 1024 * 1024) throw new DirectoryFileError({ vi: 'Tệp danh bạ quá lớn.', en: 'The directory file is too large.' });
  if (format === 'xlsx' || workbookKindOf(bytes) !== null) return parseDirectoryWorkbook(bytes);
  return parseDirectoryText(decodeDirectoryBytes(bytes), format);
}

/** The directory as a file of the given format: JSON as the app stores it, CSV for Excel (UTF-8 with BOM, ";" between cells), or an Excel workbook. */
export async function directoryFileBytes(people: readonly DirectoryPerson[], format: DirectoryFileFormat, locale: Locale): Promise<Buffer> {
  if (format === 'json') return Buffer.from(`${JSON.stringify({ people }, null, 2)}\n`, 'utf8');
  if (format === 'xlsx') return directoryWorkbookBytes(people, locale);
  return encodeForExcel(serializeDirectoryCsv(people, locale, ';'));
}

export const storedDirectorySchema = z.strictObject({ version: z.literal(1), people: directorySchema });
