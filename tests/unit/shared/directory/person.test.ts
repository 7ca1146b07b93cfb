import { describe, expect, it } from 'vitest';
import { formatPerson, isMembership, mainPost } from '../../../../shared/directory/format-person';
import { inOfficeOn } from '../../../../shared/directory/in-office';
import { directoryPersonSchema, directorySchema } from '../../../../shared/directory/person-schema';
import { sortByProtocol } from '../../../../shared/directory/protocol-order';

const thuy = { honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] };

describe('formatPerson', () => {
  it('writes the full form of the attendee list', () => {
    expect(formatPerson(thuy, 'full')).toBe('bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh');
  });

  it('writes the short form with the main post, never a membership', () => {
    expect(formatPerson(thuy, 'short')).toBe('Bí thư Tỉnh ủy Lê Thị Thủy');
    expect(formatPerson({ name: 'Trần Xuân Dưỡng', titles: ['Tỉnh ủy viên', 'Phó Chủ tịch UBND tỉnh'] }, 'short')).toBe('Phó Chủ tịch UBND tỉnh Trần Xuân Dưỡng');
    expect(formatPerson({ name: 'Hoàng Văn B', titles: ['Ủy viên BTV Tỉnh ủy', 'Trưởng Ban Tuyên giáo Tỉnh ủy'] }, 'short')).toBe(
      'Trưởng Ban Tuyên giáo Tỉnh ủy Hoàng Văn B',
    );
  });

  it('names a deputy secretary who chairs a committee by the chair, a secretary who chairs the council by the secretaryship', () => {
    expect(mainPost(['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Trưởng đoàn Đại biểu Quốc hội tỉnh'])).toBe('Chủ tịch UBND tỉnh');
    expect(mainPost(['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'])).toBe('Bí thư Huyện ủy');
    expect(mainPost(['Ủy viên Bộ Chính trị', 'Tổng Bí thư', 'Chủ tịch nước'])).toBe('Tổng Bí thư');
    expect(mainPost(['Phó Chủ tịch UBND tỉnh', 'Trưởng Ban Chỉ đạo phòng, chống thiên tai tỉnh'])).toBe('Phó Chủ tịch UBND tỉnh');
    expect(mainPost(['Ủy viên BTV Tỉnh ủy'])).toBe('Ủy viên BTV Tỉnh ủy');
    expect(mainPost([])).toBe('');
  });

  it('uses the directory’s short form when it gives one', () => {
    expect(formatPerson({ ...thuy, shortForm: 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh' }, 'short')).toBe('Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Thị Thủy');
    expect(formatPerson({ ...thuy, shortForm: 'đồng chí Bí thư Tỉnh ủy Lê Thị Thủy' }, 'short')).toBe('đồng chí Bí thư Tỉnh ủy Lê Thị Thủy');
  });

  it('writes a person with no post by honorific and name, and the name alone on request', () => {
    expect(formatPerson({ honorific: 'Ông', name: 'Phạm Văn C', titles: [] }, 'short')).toBe('ông Phạm Văn C');
    expect(formatPerson({ honorific: 'Ông', name: 'Phạm Văn C', titles: [] }, 'full')).toBe('ông Phạm Văn C');
    expect(formatPerson(thuy, 'name')).toBe('Lê Thị Thủy');
  });

  it('knows memberships from posts', () => {
    expect(['Ủy viên Trung ương Đảng', 'Uỷ viên BTV Tỉnh uỷ', 'Huyện ủy viên', 'Đại biểu Quốc hội khóa XV'].every(isMembership)).toBe(true);
    expect(['Bí thư Tỉnh ủy', 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', 'Phó Chủ tịch Ủy ban MTTQ tỉnh'].some(isMembership)).toBe(false);
  });
});

describe('directory schema', () => {
  const person = { id: 'le-thi-thuy', honorific: 'bà', name: 'Lê Thị Thủy', titles: thuy.titles, unit: 'Tỉnh ủy', rank: 1 };

  it('stores names and titles NFC and single-spaced', () => {
    const p = directoryPersonSchema.parse({ ...person, name: ' Lê  Thị Thủy'.normalize('NFD'), titles: ['Bí thư  Tỉnh ủy'.normalize('NFD')] });
    expect(p.name).toBe('Lê Thị Thủy');
    expect(p.titles).toEqual(['Bí thư Tỉnh ủy']);
  });

  it('refuses two people with one id, an empty name, and an office left before it was taken', () => {
    expect(directorySchema.safeParse([person, { ...person, name: 'Khác' }]).success).toBe(false);
    expect(directoryPersonSchema.safeParse({ ...person, name: '  ' }).success).toBe(false);
    expect(directoryPersonSchema.safeParse({ ...person, inOfficeFrom: '2022-01-01', inOfficeTo: '2021-01-01' }).success).toBe(false);
    expect(directoryPersonSchema.safeParse({ ...person, id: 'Lê Thị Thủy' }).success).toBe(false);
  });
});

describe('protocol order and office dates', () => {
  it('sorts by rank and keeps the office’s order within a rank', () => {
    const people = [
      { id: 'c', rank: 5 },
      { id: 'a', rank: 1 },
      { id: 'd', rank: 5 },
      { id: 'b', rank: 2 },
    ];
    expect(sortByProtocol(people).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(people.map((p) => p.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('is in office between the two dates, both included', () => {
    const p = { inOfficeFrom: '2020-10-15', inOfficeTo: '2025-10-14' };
    expect([inOfficeOn(p, '2020-10-14'), inOfficeOn(p, '2020-10-15'), inOfficeOn(p, '2025-10-14'), inOfficeOn(p, '2025-10-15')]).toEqual([false, true, true, false]);
    expect(inOfficeOn({}, '1990-01-01')).toBe(true);
    expect(inOfficeOn(p, '')).toBe(true);
  });
});
