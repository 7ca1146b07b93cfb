import { describe, expect, it } from 'vitest';
import { parseCsv, serializeCsv } from '../../../../shared/directory/csv';
import { splitTitles } from '../../../../shared/directory/directory-columns';
import { parseDirectoryCsv, serializeDirectoryCsv } from '../../../../shared/directory/directory-csv';
import { describeDirectoryCsvProblem } from '../../../../shared/directory/messages';
import { directorySchema } from '../../../../shared/directory/person-schema';

describe('CSV', () => {
  it('reads quoted fields holding the delimiter, line breaks and doubled quotes', () => {
    const rows = parseCsv('a,"b, c","say ""hi""\r\nthere"\r\n\r\nd,e,f\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b, c', 'say "hi"\r\nthere'] },
      { line: 4, fields: ['d', 'e', 'f'] },
    ]);
  });

  it('writes back what it reads', () => {
    const rows = [['Họ tên', 'Chức danh'], ['Lê Thị Thủy', 'Bí thư Tỉnh ủy; Chủ tịch HĐND tỉnh'], ['"A"', 'x,\ny']];
    expect(parseCsv(serializeCsv(rows)).map((r) => r.fields)).toEqual(rows);
    expect(parseCsv(serializeCsv(rows, ';'), ';').map((r) => r.fields)).toEqual(rows);
  });
});

describe('parseDirectoryCsv', () => {
  it('reads a Vietnamese spreadsheet saved by Excel (BOM, semicolons, headers in any order)', () => {
    const text =
      '\uFEFFSTT;Họ và tên;Danh xưng;Chức vụ;Đơn vị\r\n' +
      '1;Lê Thị Thủy;bà;Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh;Tỉnh ủy\r\n' +
      '2;Đinh Thị Lụa;bà;Phó Bí thư Thường trực Tỉnh ủy;Tỉnh ủy\r\n';
    const { people, problems } = parseDirectoryCsv(text);
    expect(problems).toEqual([]);
    expect(people).toEqual([
      { id: 'le-thi-thuy', honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], unit: 'Tỉnh ủy', rank: 1 },
      { id: 'dinh-thi-lua', honorific: 'bà', name: 'Đinh Thị Lụa', titles: ['Phó Bí thư Thường trực Tỉnh ủy'], unit: 'Tỉnh ủy', rank: 2 },
    ]);
  });

  it('reads English headers, dates as typed, a short form, and gives ids and ranks where the file has none', () => {
    const text =
      'name,titles,short form,in office from,in office to\n' +
      '"Trương Quốc Huy","Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh",Chủ tịch UBND tỉnh,15/10/2020,\n' +
      'Nguyễn Văn Nam,Phó Chủ tịch UBND tỉnh,,,2021-06-30\n' +
      'Nguyễn Văn Nam,Giám đốc Sở Tài chính,,,\n';
    const { people, problems } = parseDirectoryCsv(text);
    expect(problems).toEqual([]);
    expect(people.map((p) => [p.id, p.rank, p.inOfficeFrom, p.inOfficeTo, p.shortForm])).toEqual([
      ['truong-quoc-huy', 1, '2020-10-15', undefined, 'Chủ tịch UBND tỉnh'],
      ['nguyen-van-nam', 2, undefined, '2021-06-30', undefined],
      ['nguyen-van-nam-2', 3, undefined, undefined, undefined],
    ]);
  });

  it('keeps a title that holds " - " whole', () => {
    expect(splitTitles('Giám đốc Sở Văn hóa - Thể thao và Du lịch - Ủy viên BCH Đảng bộ tỉnh')).toEqual([
      'Giám đốc Sở Văn hóa - Thể thao và Du lịch',
      'Ủy viên BCH Đảng bộ tỉnh',
    ]);
    expect(splitTitles('Trưởng Ban Văn hóa - Xã hội HĐND tỉnh; Tỉnh ủy viên')).toEqual(['Trưởng Ban Văn hóa - Xã hội HĐND tỉnh', 'Tỉnh ủy viên']);
  });

  it('skips and reports each bad row, with its line, and keeps the good ones', () => {
    const text = 'Mã,Họ tên,Thứ tự,Từ ngày\nabc,Lê Văn A,1,\n,,2,\nx,Lê Văn B,hai,\ny,Lê Văn C,3,31/2/2022\nabc,Lê Văn D,4,\nÁ B,Lê Văn E,5,\n';
    const { people, problems } = parseDirectoryCsv(text);
    expect(people.map((p) => p.name)).toEqual(['Lê Văn A']);
    expect(problems).toEqual([
      { code: 'missing-name', line: 3 },
      { code: 'bad-rank', line: 4, detail: 'hai' },
      { code: 'bad-date', line: 5, detail: '31/2/2022' },
      { code: 'duplicate-id', line: 6, detail: 'abc' },
      { code: 'bad-id', line: 7, detail: 'á b' },
    ]);
    expect(describeDirectoryCsvProblem(problems[2], 'vi')).toBe('Dòng 5: Ngày “31/2/2022” không hợp lệ. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 28/5/2022.');
    expect(describeDirectoryCsvProblem(problems[2], 'en')).toBe('Line 5: The date “31/2/2022” is not valid. Write it as day/month/year, e.g. 28/5/2022.');
  });

  it('refuses a file with no name column or no rows at all', () => {
    expect(parseDirectoryCsv('Chức danh,Đơn vị\nBí thư,Tỉnh ủy\n').problems).toEqual([{ code: 'missing-column', line: 1, detail: 'Họ tên / name' }]);
    expect(parseDirectoryCsv('').problems).toEqual([{ code: 'empty-file', line: 0 }]);
  });

  it('serializes a directory that reads back the same, in either language', () => {
    const people = directorySchema.parse([
      { id: 'le-thi-thuy', honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'], unit: 'Tỉnh ủy', rank: 1 },
      {
        id: 'pham-van-d',
        honorific: 'ông',
        name: 'Phạm Văn "Đức"',
        titles: ['Giám đốc Sở Văn hóa - Thể thao và Du lịch'],
        shortForm: 'Giám đốc Sở VHTTDL',
        unit: 'Sở Văn hóa, Thể thao và Du lịch',
        rank: 40,
        inOfficeFrom: '2021-03-01',
        inOfficeTo: '2026-02-28',
      },
    ]);
    for (const locale of ['vi', 'en'] as const) {
      const csv = serializeDirectoryCsv(people, locale);
      expect(parseDirectoryCsv(csv)).toEqual({ people, problems: [] });
    }
    expect(serializeDirectoryCsv(people, 'vi').split('\r\n')[0]).toBe('Mã,Danh xưng,Họ tên,Chức danh,Cách gọi ngắn,Đơn vị,Thứ tự nghi lễ,Từ ngày,Đến ngày');
  });
});
