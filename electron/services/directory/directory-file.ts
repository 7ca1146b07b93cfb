import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { parseDirectoryCsv, serializeDirectoryCsv } from '../../../shared/directory/directory-csv';
import { describeDirectoryCsvProblem } from '../../../shared/directory/messages';
import { directorySchema, type DirectoryPerson } from '../../../shared/directory/person-schema';
import type { Locale } from '../../../shared/i18n/locale';
import { decodeDirectoryBytes, encodeForExcel } from './directory-bytes';

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

export type DirectoryFileFormat = 'json' | 'csv';

/** The format a directory file is in, by its name; .xlsx is named so the message can say what to do. */
export function directoryFormatOf(path: string): DirectoryFileFormat | 'xlsx' | null {
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

/**
 * A directory from the text of a file: JSON (the list of people, or {"people": […]}, as the app
 * exports it) checked whole by the schema, or a spreadsheet's CSV whose bad rows are skipped and
 * reported. Everything comes back NFC.
 */
export function parseDirectoryText(text: string, format: DirectoryFileFormat): DirectoryRead {
  if (format === 'csv') {
    const { people, problems } = parseDirectoryCsv(text);
    const whole = problems.find((p) => p.line === 0 || p.code === 'missing-column');
    if (whole || people.length === 0) {
      const p = whole ?? problems[0] ?? { code: 'empty-file' as const, line: 0 };
      throw new DirectoryFileError({ vi: describeDirectoryCsvProblem(p, 'vi'), en: describeDirectoryCsvProblem(p, 'en') });
    }
    return { people, skipped: problems.map((p) => ({ vi: describeDirectoryCsvProblem(p, 'vi'), en: describeDirectoryCsvProblem(p, 'en') })) };
  }
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

/** Reads a directory file from disk, whatever Excel or a text editor wrote it in. */
export async function readDirectoryFile(path: string): Promise<DirectoryRead> {
  const format = directoryFormatOf(path);
  if (format === 'xlsx') {
    throw new DirectoryFileError({
      vi: 'Chưa đọc được tệp Excel .xlsx; trong Excel hãy chọn Lưu thành ▸ CSV UTF-8 rồi nhập tệp .csv.',
      en: 'Excel .xlsx files cannot be read yet; in Excel choose Save As ▸ CSV UTF-8 and import the .csv file.',
    });
  }
  if (format === null) {
    throw new DirectoryFileError({ vi: 'Tệp danh bạ phải là .json hoặc .csv.', en: 'A directory file must be .json or .csv.' });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new DirectoryFileError({ vi: `Không đọc được tệp danh bạ ${path}.`, en: `Cannot read the directory file ${path}.` });
  }
  if (bytes.length > 20 * 1024 * 1024) throw new DirectoryFileError({ vi: 'Tệp danh bạ quá lớn.', en: 'The directory file is too large.' });
  return parseDirectoryText(decodeDirectoryBytes(bytes), format);
}

/** The directory as a file of the given format: JSON as the app stores it, or CSV for Excel (UTF-8 with BOM, ";" between cells). */
export function directoryFileBytes(people: readonly DirectoryPerson[], format: DirectoryFileFormat, locale: Locale): Buffer {
  if (format === 'json') return Buffer.from(`${JSON.stringify({ people }, null, 2)}\n`, 'utf8');
  return encodeForExcel(serializeDirectoryCsv(people, locale, ';'));
}

export const storedDirectorySchema = z.strictObject({ version: z.literal(1), people: directorySchema });
