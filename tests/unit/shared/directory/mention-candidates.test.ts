import { describe, expect, it } from 'vitest';
import { mentionCandidates } from '../../../../shared/directory/mention-candidates';
import { directorySchema } from '../../../../shared/directory/person-schema';

const people = directorySchema.parse([
  { id: 'tran-van-nam', honorific: 'ông', name: 'Trần Văn Nam', titles: ['Phó Chủ tịch UBND tỉnh'], unit: 'UBND tỉnh', rank: 30 },
  {
    id: 'le-thi-thuy',
    honorific: 'bà',
    name: 'Lê Thị Thủy',
    titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
    unit: 'Tỉnh ủy',
    rank: 1,
  },
  { id: 'do-thuy-linh', honorific: 'bà', name: 'Đỗ Thủy Linh', titles: ['Giám đốc Sở Y tế'], unit: 'Sở Y tế', rank: 50, inOfficeTo: '2025-06-30' },
]);
const ids = (q: string, date = '2026-12-02') => mentionCandidates(people, q, date).map((c) => c.person.id);

describe('mentionCandidates', () => {
  it('matches with or without tone marks, any word of the name, a title or the unit', () => {
    expect(ids('thuy')).toEqual(['le-thi-thuy', 'do-thuy-linh']);
    expect(ids('thủy')).toEqual(['le-thi-thuy', 'do-thuy-linh']);
    expect(ids('bí thư')).toEqual(['le-thi-thuy']);
    expect(ids('bi thu')).toEqual(['le-thi-thuy']);
    expect(ids('do linh')).toEqual(['do-thuy-linh']);
    expect(ids('so y te')).toEqual(['do-thuy-linh']);
    expect(ids('xyz')).toEqual([]);
  });
  it('lists everyone in protocol order for an empty query', () => {
    expect(ids('')).toEqual(['le-thi-thuy', 'tran-van-nam', 'do-thuy-linh']);
  });
  it('keeps a person out of office on the article date, marked', () => {
    const c = mentionCandidates(people, 'linh', '2026-12-02');
    expect(c).toHaveLength(1);
    expect(c[0].inOffice).toBe(false);
    expect(mentionCandidates(people, 'linh', '2025-01-01')[0].inOffice).toBe(true);
  });
});
