import type { Locale } from '../i18n/locale';

/** Why a row of a directory spreadsheet was not taken. */
export const DIRECTORY_CSV_PROBLEMS = [
  'empty-file',
  'missing-column',
  'missing-name',
  'bad-rank',
  'bad-date',
  'dates-reversed',
  'duplicate-id',
  'bad-id',
  'too-long',
] as const;

export type DirectoryCsvProblemCode = (typeof DIRECTORY_CSV_PROBLEMS)[number];

export interface DirectoryCsvProblem {
  code: DirectoryCsvProblemCode;
  /** The line of the file (1-based) the problem is on; 0 for the file as a whole. */
  line: number;
  detail?: string;
}

const vi: Record<DirectoryCsvProblemCode, (detail: string) => string> = {
  'empty-file': () => 'Tệp danh bạ trống: cần một dòng tiêu đề cột và ít nhất một người.',
  'missing-column': (d) => `Tệp danh bạ thiếu cột “${d}”.`,
  'missing-name': () => 'Dòng này không có họ tên nên đã bỏ qua.',
  'bad-rank': (d) => `Thứ tự nghi lễ “${d}” không phải là số nguyên không âm.`,
  'bad-date': (d) => `Ngày “${d}” không hợp lệ. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 28/5/2022.`,
  'dates-reversed': () => 'Ngày bắt đầu giữ chức vụ sau ngày thôi giữ chức vụ.',
  'duplicate-id': (d) => `Mã “${d}” đã có ở một dòng trước nên dòng này đã bỏ qua.`,
  'bad-id': (d) => `Mã “${d}” chỉ được gồm chữ thường không dấu, số, “-” và “_”.`,
  'too-long': (d) => `Ô “${d}” quá dài.`,
};

const en: Record<DirectoryCsvProblemCode, (detail: string) => string> = {
  'empty-file': () => 'The directory file is empty: it needs a header row and at least one person.',
  'missing-column': (d) => `The directory file has no “${d}” column.`,
  'missing-name': () => 'This row has no name, so it was skipped.',
  'bad-rank': (d) => `The protocol rank “${d}” is not a whole number of zero or more.`,
  'bad-date': (d) => `The date “${d}” is not valid. Write it as day/month/year, e.g. 28/5/2022.`,
  'dates-reversed': () => 'The date the post was taken is after the date it was left.',
  'duplicate-id': (d) => `The id “${d}” is already used on an earlier row, so this row was skipped.`,
  'bad-id': (d) => `The id “${d}” may hold only lower-case letters without marks, digits, “-” and “_”.`,
  'too-long': (d) => `The “${d}” cell is too long.`,
};

/** One sentence for the officer, with the line it is on. */
export function describeDirectoryCsvProblem(p: DirectoryCsvProblem, locale: Locale): string {
  const sentence = (locale === 'vi' ? vi : en)[p.code](p.detail ?? '');
  if (p.line === 0) return sentence;
  return locale === 'vi' ? `Dòng ${p.line}: ${sentence}` : `Line ${p.line}: ${sentence}`;
}
