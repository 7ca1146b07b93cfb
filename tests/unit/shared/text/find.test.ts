import { describe, expect, it } from 'vitest';
import { DEFAULT_FIND_OPTIONS, findMatches, type FindOptions } from '../../../../shared/text/find';

const found = (text: string, query: string, options: Partial<FindOptions> = {}) =>
  findMatches(text, query, { ...DEFAULT_FIND_OPTIONS, ...options }).map((m) => text.slice(m.start, m.end));

describe('find, as an officer types it', () => {
  const sapo = 'Chiều ngày 28/5/2022, Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên về Hội nghị lần thứ XX. Hội Nghị kết thúc.';

  it('without tone marks finds the toned words, whatever their case', () => {
    expect(found(sapo, 'hoi nghi')).toEqual(['Hội nghị', 'Hội Nghị']);
    expect(found(sapo, 'thuong vu')).toEqual(['Thường vụ', 'Thường vụ']);
  });

  it('"Thuy" finds both tone styles, Thủy and Thuỷ; đ matches d both ways', () => {
    const text = 'Bà Lê Thị Thủy và ông Nguyễn Văn Thuỷ; Đinh Thị Lụa; Duy Tiên; đường Đinh Tiên Hoàng.';
    expect(found(text, 'Thuy')).toEqual(['Thủy', 'Thuỷ']);
    expect(found(text, 'dinh')).toEqual(['Đinh', 'Đinh']);
    expect(found(text, 'đuong')).toEqual(['đường']);
    expect(found(text, 'Đuy')).toEqual(['Duy']);
  });

  it('with marks counting, only the exact letters match (case still folded unless asked)', () => {
    const text = 'Thủy, Thuỷ, thủy, Thuy';
    expect(found(text, 'Thủy', { ignoreTones: false })).toEqual(['Thủy', 'thủy']);
    expect(found(text, 'Thủy', { ignoreTones: false, matchCase: true })).toEqual(['Thủy']);
    expect(found(text, 'thuy', { matchCase: true })).toEqual(['thủy']);
  });

  it('a query typed in decomposed form (Unikey "tổ hợp", NFD) finds the composed text', () => {
    expect(found(sapo, 'Hội nghị'.normalize('NFD'), { ignoreTones: false })).toEqual(['Hội nghị', 'Hội Nghị']);
  });

  it('whole word keeps Vietnamese letters together: "ban" is not the start of "bánh" or "Banh"', () => {
    const text = 'Ban Thường vụ, văn bản, bánh, Banh, ban.';
    expect(found(text, 'ban', { wholeWord: true })).toEqual(['Ban', 'bản', 'ban']);
    expect(found(text, 'ban', { wholeWord: true, ignoreTones: false })).toEqual(['Ban', 'ban']);
    expect(found(text, 'ban')).toEqual(['Ban', 'bản', 'bán', 'Ban', 'ban']);
  });

  it('maps matches back to the original offsets, past letters of every width', () => {
    const text = '😀 Ủy ban nhân dân tỉnh — Ủy ban';
    const matches = findMatches(text, 'uy ban', DEFAULT_FIND_OPTIONS);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['Ủy ban', 'Ủy ban']);
    expect(matches[0]!.start).toBe(3);
  });

  it('finds nothing for an empty query and does not overlap matches', () => {
    expect(found(sapo, '')).toEqual([]);
    expect(found('aaaa', 'aa')).toEqual(['aa', 'aa']);
  });

  it('copes with letters whose lower case is longer (İ)', () => {
    expect(found('İstanbul và Hà Nội', 'ha noi')).toEqual(['Hà Nội']);
  });
});
