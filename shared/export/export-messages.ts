import type { Locale } from '../i18n/locale';
import type { CheckParams, ExportCheck, ExportCheckCode } from './export-checks';

/**
 * What the checks panel, the export dialog and the command line say, in Vietnamese and English
 * (the same keys; the types insist).
 */

type CheckMessages = Record<ExportCheckCode, (p: CheckParams) => string>;

const photo = (p: CheckParams) => (p.photo ? ` ${p.photo}` : '');

export const checkMessagesVi: CheckMessages = {
  'title-empty': () => 'Bài chưa có tiêu đề.',
  'sapo-empty': () => 'Bài chưa có sapô (đoạn dẫn).',
  'body-empty': () => 'Nội dung bài đang trống.',
  'photo-alt-missing': (p) => `Ảnh${photo(p)} chưa có mô tả thay thế (alt) cho người khiếm thị.`,
  'link-unsafe': (p) => `Liên kết "${p.text ?? ''}" không phải địa chỉ http, https hoặc mailto.`,
  'photo-missing': (p) => `Ảnh${photo(p)} không có trong bản thảo. Hãy chèn lại ảnh.`,
  'main-photo-missing': () => 'Bài chưa có ảnh nào: cổng sẽ không có ảnh đại diện.',
  'caption-missing': (p) => `Ảnh${photo(p)} chưa có chú thích.`,
  'end-mark-missing': () => 'Bài chưa kết thúc bằng dấu "./.".',
  'title-too-long': (p) => `Tiêu đề dài ${p.count} ký tự (nên dưới ${p.limit}).`,
  'sapo-too-long': (p) => `Sapô dài ${p.count} ký tự (nên dưới ${p.limit}).`,
  'placeholder-left': (p) => `Còn chỗ trống của mẫu chưa điền: ${p.text ?? ''}`,
  'date-missing': () => 'Bài chưa có ngày.',
  'category-missing': () => 'Bài chưa có chuyên mục.',
  'format-not-published': () => 'Chữ gạch ngang hoặc chữ mã sẽ lên cổng thành chữ thường.',
  'list-start-lost': (p) => `Danh sách bắt đầu từ số ${p.count}; trên cổng sẽ đánh số lại từ 1.`,
  'photo-not-published': () => 'Ảnh nằm trong một khối khác (bảng, danh sách) sẽ không được xuất.',
};

export const checkMessagesEn: CheckMessages = {
  'title-empty': () => 'The article has no title.',
  'sapo-empty': () => 'The article has no sapô (lead).',
  'body-empty': () => 'The article body is empty.',
  'photo-alt-missing': (p) => `Photo${photo(p)} has no alternative text (alt) for blind readers.`,
  'link-unsafe': (p) => `The link "${p.text ?? ''}" is not an http, https or mailto address.`,
  'photo-missing': (p) => `Photo${photo(p)} is not in the draft. Insert it again.`,
  'main-photo-missing': () => 'The article has no photo: the portal will have no main image.',
  'caption-missing': (p) => `Photo${photo(p)} has no caption.`,
  'end-mark-missing': () => 'The article does not end with the mark "./.".',
  'title-too-long': (p) => `The title is ${p.count} characters long (keep it under ${p.limit}).`,
  'sapo-too-long': (p) => `The sapô is ${p.count} characters long (keep it under ${p.limit}).`,
  'placeholder-left': (p) => `A template field is still unfilled: ${p.text ?? ''}`,
  'date-missing': () => 'The article has no date.',
  'category-missing': () => 'The article has no category.',
  'format-not-published': () => 'Strikethrough or code text will be published as plain text.',
  'list-start-lost': (p) => `A list starts at ${p.count}; the portal will number it from 1.`,
  'photo-not-published': () => 'A photo inside another block (a table, a list) will not be exported.',
};

export const EXPORT_ERROR_CODES = [
  'blocking-problems',
  'target-exists',
  'unsafe-html',
  'photo-unreadable',
  'body-too-deep',
  'invalid-profile',
] as const;

export type ExportErrorCode = (typeof EXPORT_ERROR_CODES)[number];

export const exportErrorsVi: Record<ExportErrorCode, string> = {
  'blocking-problems': 'Chưa xuất được: bài còn lỗi cần sửa.',
  'target-exists': 'Đã có tệp hoặc thư mục trùng tên. Hãy chọn tên khác hoặc đồng ý ghi đè.',
  'unsafe-html': 'Chưa xuất được: nội dung HTML tạo ra có phần không an toàn nên đã bị chặn.',
  'photo-unreadable': 'Không đọc được một ảnh trong bản thảo. Hãy chèn lại ảnh đó.',
  'body-too-deep': 'Nội dung bài lồng nhau quá sâu nên không xuất được.',
  'invalid-profile': 'Cấu hình cổng không hợp lệ.',
};

export const exportErrorsEn: Record<ExportErrorCode, string> = {
  'blocking-problems': 'Not exported: the article still has problems to fix.',
  'target-exists': 'A file or folder of that name exists. Choose another name or agree to replace it.',
  'unsafe-html': 'Not exported: part of the generated HTML was unsafe, so it was stopped.',
  'photo-unreadable': 'A photo in the draft could not be read. Insert that photo again.',
  'body-too-deep': 'The article body is nested too deeply to export.',
  'invalid-profile': 'The portal profile is not valid.',
};

export const exportMessages = {
  vi: { checks: checkMessagesVi, errors: exportErrorsVi },
  en: { checks: checkMessagesEn, errors: exportErrorsEn },
} satisfies Record<Locale, { checks: CheckMessages; errors: Record<ExportErrorCode, string> }>;

export function checkMessage(check: ExportCheck, locale: Locale): string {
  return exportMessages[locale].checks[check.code](check.params);
}
