/**
 * The words a title of office begins with. They tell a title chain from the words around it:
 * in "Giám đốc Sở Văn hóa - Thể thao và Du lịch" the part after " - " begins with none of them,
 * so it is still the same title, not the next one.
 */
const POST_HEADS = [
  'Ủy viên',
  'Tỉnh ủy viên',
  'Thành ủy viên',
  'Huyện ủy viên',
  'Thị ủy viên',
  'Quận ủy viên',
  'Đảng ủy viên',
  'Thành viên',
  'Đại biểu',
  'Đảng viên',
  'Tổng Bí thư',
  'Bí thư',
  'Phó',
  'Chủ tịch',
  'Chủ nhiệm',
  'Trưởng',
  'Giám đốc',
  'Tổng Giám đốc',
  'Tổng Thư ký',
  'Thư ký',
  'Chánh',
  'Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Tư lệnh',
  'Chính ủy',
  'Chỉ huy',
  'Viện trưởng',
  'Hiệu trưởng',
  'Cục trưởng',
  'Vụ trưởng',
  'Tổng cục trưởng',
  'Đại sứ',
  'Tổng Lãnh sự',
  'Cố vấn',
  'Thường trực',
];

// Both tone placements are written: Ủy viên and Uỷ viên.
const HEAD_SOURCE = [...new Set(POST_HEADS.flatMap((h) => [h, h.replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ')]))]
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/ /g, '\\s+')).join('|');

/** Whether a piece of text begins with a title of office (the capital letter counts: "tăng trưởng" is not one). */
export function startsWithPost(text: string): boolean {
  return new RegExp(`^(?:${HEAD_SOURCE})(?![\\p{L}\\p{N}])`, 'u').test(text.normalize('NFC').trim());
}

/** Where titles of office begin in a text, as offsets (case-sensitive, whole words). */
export function postStarts(text: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${HEAD_SOURCE})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index);
}
