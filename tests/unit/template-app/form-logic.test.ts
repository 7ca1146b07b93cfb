import { describe, expect, it } from 'vitest';
import { attendeeLabel, moved, sortAttendees, titlesFromText } from '../../../renderer/src/app/templates/attendee-label';
import { peopleOfRows, rowOf, emptyRow } from '../../../renderer/src/app/templates/directory-rows';
import type { DirectoryPerson } from '../../../shared/directory/person-schema';

const directory: DirectoryPerson[] = [
  { id: 'le-thi-thuy', honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Bí thư Tỉnh ủy'], unit: 'Tỉnh ủy', rank: 1 },
  { id: 'truong-quoc-huy', honorific: 'ông', name: 'Trương Quốc Huy', titles: ['Chủ tịch UBND tỉnh'], unit: 'UBND tỉnh', rank: 3 },
];

describe('the attendee list of the Mẫu tab', () => {
  it('puts directory people in protocol order, then people written out, then groups, each kept in their own order', () => {
    const list = [
      { group: 'lãnh đạo UBND tỉnh' },
      { person: 'truong-quoc-huy' },
      { honorific: 'ông', name: 'Phạm Văn B', titles: ['Giám đốc Sở Y tế'] },
      { group: 'đại diện các sở, ngành' },
      { person: 'le-thi-thuy' },
    ];
    expect(sortAttendees(list, directory).map((a) => attendeeLabel(a, directory))).toEqual([
      'bà Lê Thị Thủy - Bí thư Tỉnh ủy',
      'ông Trương Quốc Huy - Chủ tịch UBND tỉnh',
      'ông Phạm Văn B - Giám đốc Sở Y tế',
      'lãnh đạo UBND tỉnh',
      'đại diện các sở, ngành',
    ]);
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });

  it('reads a title chain typed as news copy writes it, keeping a title that holds a comma', () => {
    expect(titlesFromText('Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy – Chủ tịch HĐND tỉnh')).toEqual(['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']);
    expect(titlesFromText('Giám đốc Sở Văn hóa, Thể thao và Du lịch')).toEqual(['Giám đốc Sở Văn hóa, Thể thao và Du lịch']);
  });
});

describe('the directory dialog’s rows', () => {
  it('give back the people they were made from, and make an id for a new person that no one else has', () => {
    expect(peopleOfRows(directory.map(rowOf))).toEqual({ people: directory });
    const rows = [...directory.map(rowOf), { ...emptyRow(3), name: 'Lê Thị Thủy', titles: 'Nguyên Bí thư Tỉnh ủy', from: '1/1/2015', to: '31/12/2020' }];
    const built = peopleOfRows(rows);
    expect('people' in built && built.people[2]).toMatchObject({ id: 'le-thi-thuy-2', inOfficeFrom: '2015-01-01', inOfficeTo: '2020-12-31' });
  });

  it('say which row is wrong and why', () => {
    expect(peopleOfRows([{ ...emptyRow(1), name: '  ' }])).toEqual({ row: 1, problem: 'needName' });
    expect(peopleOfRows([rowOf(directory[0]), { ...emptyRow(2), name: 'A', from: '31/2/2022' }])).toEqual({ row: 2, problem: 'badDate' });
    expect(peopleOfRows([{ ...emptyRow(1), name: 'A', from: '2/1/2022', to: '1/1/2022' }])).toEqual({ row: 1, problem: 'datesReversed' });
  });
});
