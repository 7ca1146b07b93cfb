/**
 * Body names that news copy abbreviates once they have been written out in full
 * ("Ban Thường vụ (BTV) Tỉnh ủy … BTV Thị ủy Duy Tiên"). A long form may have more than one
 * spelling: the old and the new tone placement (Ủy / Uỷ) are both in use, and a document
 * keeps whichever its author typed.
 */
export interface BodyAbbreviation {
  readonly short: string;
  readonly long: readonly string[];
}

export const BODY_ABBREVIATIONS: readonly BodyAbbreviation[] = [
  { short: 'BTV', long: ['Ban Thường vụ'] },
  { short: 'BCH', long: ['Ban Chấp hành'] },
  { short: 'HĐND', long: ['Hội đồng nhân dân'] },
  { short: 'UBND', long: ['Ủy ban nhân dân', 'Uỷ ban nhân dân'] },
  { short: 'UBKT', long: ['Ủy ban Kiểm tra', 'Uỷ ban Kiểm tra'] },
  { short: 'MTTQ', long: ['Mặt trận Tổ quốc'] },
  { short: 'ĐBQH', long: ['Đại biểu Quốc hội'] },
  { short: 'LĐLĐ', long: ['Liên đoàn Lao động'] },
  { short: 'LHPN', long: ['Liên hiệp Phụ nữ'] },
  { short: 'CHQS', long: ['Chỉ huy Quân sự'] },
  { short: 'TNCS', long: ['Thanh niên Cộng sản'] },
];

/** Not inside a word: the letters of Vietnamese are all \p{L}, so "BTV" never matches in "BTVX". */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
