import type { Locale } from '../i18n/locale';

/** Why a row of a directory spreadsheet (a CSV, an Excel sheet) was not taken. */
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
  'cell-error',
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
  'cell-error': (d) => `Một ô ghi lỗi công thức “${d}” của Excel nên dòng này đã bỏ qua; hãy sửa công thức rồi nhập lại.`,
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
  'cell-error': (d) => `A cell holds Excel’s formula error “${d}”, so this row was skipped; fix the formula and import again.`,
};

/** One sentence for the officer, with the line it is on. */
export function describeDirectoryCsvProblem(p: DirectoryCsvProblem, locale: Locale): string {
  const sentence = (locale === 'vi' ? vi : en)[p.code](p.detail ?? '');
  if (p.line === 0) return sentence;
  return locale === 'vi' ? `Dòng ${p.line}: ${sentence}` : `Line ${p.line}: ${sentence}`;
}

/** Why an Excel workbook could not be read as a directory at all (the directory is then left as it was). */
export type DirectoryWorkbookProblem = 'encrypted-or-xls' | 'not-xlsx' | 'too-large' | 'damaged' | 'no-sheet';

const workbookVi: Record<DirectoryWorkbookProblem, string> = {
  'encrypted-or-xls':
    'Tệp Excel này có mật khẩu hoặc là tệp .xls cũ nên không đọc được. Trong Excel, hãy bỏ mật khẩu rồi chọn Lưu thành ▸ Sổ làm việc Excel (.xlsx) và nhập tệp .xlsx đó.',
  'not-xlsx': 'Tệp này không phải là sổ làm việc Excel .xlsx (có thể đã hỏng, hoặc chỉ được đổi đuôi tên tệp) nên không đọc được.',
  'too-large': 'Tệp Excel giải nén ra quá lớn so với một danh bạ (có thể là tệp nén độc hại) nên không đọc.',
  damaged: 'Tệp Excel bị hỏng nên không đọc được. Hãy mở tệp trong Excel, lưu lại thành .xlsx rồi nhập lại.',
  'no-sheet': 'Không trang tính nào trong tệp Excel có cột “Họ tên” (hoặc “Họ và tên”, “name”) ở dòng tiêu đề.',
};

const workbookEn: Record<DirectoryWorkbookProblem, string> = {
  'encrypted-or-xls':
    'This Excel file is password-protected or an old .xls file, so it cannot be read. In Excel, remove the password, choose Save As ▸ Excel Workbook (.xlsx) and import that .xlsx file.',
  'not-xlsx': 'This file is not an Excel .xlsx workbook (it may be damaged, or only renamed), so it cannot be read.',
  'too-large': 'The Excel file unpacks to far more than a directory needs (it may be a zip bomb), so it was not read.',
  damaged: 'The Excel file is damaged and cannot be read. Open it in Excel, save it again as .xlsx and import it again.',
  'no-sheet': 'No worksheet of the Excel file has a “Họ tên” (or “name”) column in its header row.',
};

/** The sentence for a workbook that cannot be read, in the given language. */
export function describeDirectoryWorkbookProblem(p: DirectoryWorkbookProblem, locale: Locale): string {
  return (locale === 'vi' ? workbookVi : workbookEn)[p];
}
