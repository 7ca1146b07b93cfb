import type { Locale } from '../i18n/locale';
import type { FileProblem, FileProblemCode } from './problems';

/**
 * What the officer reads when a template or fields file is refused. Kept beside the templates
 * (the app's catalog is for the window's own words), keyed by problem code as errors.ts keys
 * the bridge's failures, Vietnamese first, English mirroring it key for key.
 */
const vi: Record<FileProblemCode, (detail: string) => string> = {
  'not-json': () => 'tệp không phải JSON hợp lệ',
  'missing-key': (d) => `thiếu mục “${d}”`,
  'wrong-type': (d) => `mục “${d}” sai kiểu dữ liệu`,
  'unknown-key': (d) => `có mục không biết: ${d}`,
  'bad-value': (d) => `giá trị của “${d}” không hợp lệ`,
  'bad-date': (d) => `ngày “${d}” không hợp lệ; hãy ghi theo dạng ngày/tháng/năm, ví dụ 28/5/2022`,
  'bad-session': (d) => `buổi “${d}” không hợp lệ; chỉ nhận “Sáng”, “Chiều”, “Tối” hoặc để trống`,
  'bad-attendee': () => 'mỗi người dự phải là {"person": "mã"}, {"group": "…"} hoặc {"name": "…", "titles": […]}',
  'duplicate-field': (d) => `trường “${d}” được khai báo hai lần`,
  'field-without-label': (d) => `trường riêng “${d}” cần có nhãn (label: vi và en)`,
  'reserved-field': (d) => `“${d}” là tên dành riêng, không dùng làm tên trường`,
  'bad-default': (d) => `giá trị sẵn của “${d}” không dùng được (không phải trường của mẫu, là ngày, hoặc sai kiểu)`,
  'missing-end-mark': () => 'đoạn cuối của khung bài phải kết thúc bằng dấu “./.”',
  'unclosed-field': () => 'dấu “{” chưa được đóng bằng “}”',
  'unclosed-optional': () => 'dấu “[” chưa được đóng bằng “]”',
  'stray-close-field': () => 'dấu “}” không có “{” mở trước (muốn viết chính ký tự này thì gõ “\\}”)',
  'stray-close-optional': () => 'dấu “]” không có “[” mở trước (muốn viết chính ký tự này thì gõ “\\]”)',
  'bracket-in-field': () => 'không được đặt “{”, “[” hoặc “]” bên trong một trường {…}',
  'empty-field': () => 'trường {…} để trống tên',
  'bad-field-name': (d) => `“${d}” không phải là tên trường (chỉ gồm chữ cái không dấu và số)`,
  'unknown-field': (d) => `trường {${d}} không có trong danh sách trường của mẫu`,
  'unknown-filter': (d) => `bộ lọc “${d}” không có; chỉ có cap, uncap, full, short, name, weekday`,
  'filter-not-for-field': (d) => `bộ lọc trong {${d}} không dùng được cho loại trường này`,
  'optional-without-field': () => 'phần tùy chọn […] phải chứa ít nhất một trường {…}',
  'dangling-escape': () => 'dấu “\\” ở cuối mẫu không thoát ký tự nào',
};

const en: Record<FileProblemCode, (detail: string) => string> = {
  'not-json': () => 'the file is not valid JSON',
  'missing-key': (d) => `“${d}” is missing`,
  'wrong-type': (d) => `“${d}” has the wrong type`,
  'unknown-key': (d) => `unknown entries: ${d}`,
  'bad-value': (d) => `the value of “${d}” is not valid`,
  'bad-date': (d) => `the date “${d}” is not valid; write it as day/month/year, e.g. 28/5/2022`,
  'bad-session': (d) => `the session “${d}” is not valid; only “Sáng”, “Chiều”, “Tối” or empty`,
  'bad-attendee': () => 'each attendee must be {"person": "id"}, {"group": "…"} or {"name": "…", "titles": […]}',
  'duplicate-field': (d) => `the field “${d}” is declared twice`,
  'field-without-label': (d) => `the template's own field “${d}” needs a label (vi and en)`,
  'reserved-field': (d) => `“${d}” is a reserved name and cannot be a field`,
  'bad-default': (d) => `the default of “${d}” cannot be used (not one of the template's fields, a date, or the wrong type)`,
  'missing-end-mark': () => 'the last paragraph of the skeleton must end with the end mark “./.”',
  'unclosed-field': () => '“{” is not closed by “}”',
  'unclosed-optional': () => '“[” is not closed by “]”',
  'stray-close-field': () => '“}” has no “{” before it (write “\\}” for the character itself)',
  'stray-close-optional': () => '“]” has no “[” before it (write “\\]” for the character itself)',
  'bracket-in-field': () => '“{”, “[” or “]” may not stand inside a field {…}',
  'empty-field': () => 'a field {…} has no name',
  'bad-field-name': (d) => `“${d}” is not a field name (letters without marks and digits only)`,
  'unknown-field': (d) => `the field {${d}} is not one of the template's fields`,
  'unknown-filter': (d) => `there is no filter “${d}”; the filters are cap, uncap, full, short, name, weekday`,
  'filter-not-for-field': (d) => `the filter in {${d}} does not apply to this kind of field`,
  'optional-without-field': () => 'an optional part […] must hold at least one field {…}',
  'dangling-escape': () => 'the “\\” at the end of the pattern escapes nothing',
};

const LEAD: Record<'template' | 'fields', Record<Locale, string>> = {
  template: { vi: 'Tệp mẫu không hợp lệ', en: 'The template file is not valid' },
  fields: { vi: 'Tệp trường của bài không hợp lệ', en: 'The article fields file is not valid' },
};

/** One problem as a sentence: "Tệp mẫu không hợp lệ — “sapo”, ký tự 15: trường {sesion} không có …". */
export function describeProblem(p: FileProblem, kind: 'template' | 'fields', locale: Locale): string {
  const where = p.path ? `“${p.path}”` : '';
  const at = p.at === undefined ? '' : locale === 'vi' ? `, ký tự ${p.at + 1}` : `, character ${p.at + 1}`;
  const sentence = (locale === 'vi' ? vi : en)[p.code](p.detail ?? '');
  return `${LEAD[kind][locale]}${where ? ` — ${where}${at}` : ''}: ${sentence}.`;
}

/** Every problem, one line each, in both languages: what parseTemplate and parseFields hand back. */
export function describeProblems(problems: readonly FileProblem[], kind: 'template' | 'fields'): { vi: string; en: string } {
  return {
    vi: problems.map((p) => describeProblem(p, kind, 'vi')).join('\n'),
    en: problems.map((p) => describeProblem(p, kind, 'en')).join('\n'),
  };
}

/** Why an own template cannot be brought in or stored, beyond its format. */
export type TemplateFileRefusal = 'too-big' | 'builtin-id' | 'unreadable';

const FILE_REFUSALS: Record<TemplateFileRefusal, Record<Locale, (detail: string) => string>> = {
  'too-big': {
    vi: (kb) => `Tệp mẫu quá lớn (${kb} KB); một tệp mẫu không quá 1024 KB.`,
    en: (kb) => `The template file is too large (${kb} KB); a template file is at most 1024 KB.`,
  },
  'builtin-id': {
    vi: (id) => `Tệp mẫu dùng mã “${id}” trùng với một mẫu có sẵn; hãy đổi “id” trong tệp.`,
    en: (id) => `The template file uses the id “${id}” of a built-in template; change its “id”.`,
  },
  unreadable: {
    vi: (name) => `Không đọc được tệp mẫu ${name}.`,
    en: (name) => `Cannot read the template file ${name}.`,
  },
};

export function templateFileMessage(code: TemplateFileRefusal, detail: string): { vi: string; en: string } {
  return { vi: FILE_REFUSALS[code].vi(detail), en: FILE_REFUSALS[code].en(detail) };
}
