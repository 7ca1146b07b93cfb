import { describe, expect, it } from 'vitest';
import { mentionQueryBefore } from '../../../../shared/directory/mention-query';
import { mentionText, startsSentence } from '../../../../shared/directory/mention-text';

const thuy = { honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] };
const noPost = { honorific: 'ông', name: 'Nguyễn Văn An', titles: [] };

describe('mentionQueryBefore', () => {
  it('finds the "@" that starts a word, and the letters typed after it', () => {
    expect(mentionQueryBefore('Phát biểu chỉ đạo, @')).toEqual({ start: 19, query: '' });
    expect(mentionQueryBefore('@thủy')).toEqual({ start: 0, query: 'thủy' });
    expect(mentionQueryBefore('dự có @Lê Thị ')).toEqual({ start: 6, query: 'Lê Thị ' });
    expect(mentionQueryBefore('(@bi thu')).toEqual({ start: 1, query: 'bi thu' });
    expect(mentionQueryBefore('“@Lê')).toEqual({ start: 1, query: 'Lê' });
  });
  it('is not an e-mail address, nor a finished phrase', () => {
    expect(mentionQueryBefore('gửi ban@tinhuy.gov.vn')).toBeNull();
    expect(mentionQueryBefore('@Lê Thị Thủy, Bí thư')).toBeNull();
    expect(mentionQueryBefore('@Lê  Thị')).toBeNull();
    expect(mentionQueryBefore('@ Lê')).toBeNull();
    expect(mentionQueryBefore('không có a còng')).toBeNull();
    expect(mentionQueryBefore(`@${'a'.repeat(41)}`)).toBeNull();
  });
});

describe('mentionText', () => {
  it('writes the full chain or the short form', () => {
    expect(mentionText(thuy, 'full', 'Dự hội nghị có ')).toBe('bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh');
    expect(mentionText(thuy, 'short', 'Phát biểu chỉ đạo hội nghị, ')).toBe('Bí thư Tỉnh ủy Lê Thị Thủy');
  });
  it('puts a capital at the start of a sentence', () => {
    expect(mentionText(thuy, 'full', '')).toBe('Bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh');
    expect(mentionText(noPost, 'short', 'Hội nghị kết thúc. ')).toBe('Ông Nguyễn Văn An');
    expect(mentionText(noPost, 'short', 'cùng ')).toBe('ông Nguyễn Văn An');
  });
  it('knows where a sentence starts', () => {
    expect(startsSentence('')).toBe(true);
    expect(startsSentence('  ')).toBe(true);
    expect(startsSentence('kết luận: “')).toBe(true);
    expect(startsSentence('Tham dự có')).toBe(false);
    expect(startsSentence('Ngày 28/5/2022, ')).toBe(false);
  });
});
