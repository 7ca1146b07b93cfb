import { describe, expect, it } from 'vitest';
import { parseDirectoryCsv } from '../../../../shared/directory/directory-csv';
import { readDirectoryTable, type DirectoryTableRow } from '../../../../shared/directory/directory-table';
import { describeDirectoryCsvProblem } from '../../../../shared/directory/messages';

/** Rows as a sheet gives them: each with its row number. */
const sheet = (...rows: [number, string[]][]): DirectoryTableRow[] => rows.map(([line, fields]) => ({ line, fields }));

describe('readDirectoryTable: the rows of any directory spreadsheet', () => {
  it('finds the header under a sheet’s title line, reads a header of two rows (merged cells repeated), passes over empty rows', () => {
    const rows = sheet(
      [1, ['DANH BẠ LÃNH ĐẠO TỈNH', 'DANH BẠ LÃNH ĐẠO TỈNH', 'DANH BẠ LÃNH ĐẠO TỈNH', 'DANH BẠ LÃNH ĐẠO TỈNH', 'DANH BẠ LÃNH ĐẠO TỈNH']],
      [3, ['STT', 'Họ và tên', 'Chức vụ', 'Thời gian giữ chức vụ', 'Thời gian giữ chức vụ']],
      [4, ['STT', 'Họ và tên', 'Chức vụ', 'Từ ngày', 'Đến ngày']],
      [5, ['1', 'Lê Thị Thủy', 'Bí thư Tỉnh ủy', '2020-10-15', '']],
      [6, ['', '', '', '', '']],
      [7, ['2', 'Đinh Thị Lụa', 'Phó Bí thư Thường trực Tỉnh ủy', '', '31/3/2026']],
    );
    const { people, problems } = readDirectoryTable(rows);
    expect(problems).toEqual([]);
    expect(people).toEqual([
      { id: 'le-thi-thuy', honorific: '', name: 'Lê Thị Thủy', titles: ['Bí thư Tỉnh ủy'], unit: '', rank: 1, inOfficeFrom: '2020-10-15' },
      { id: 'dinh-thi-lua', honorific: '', name: 'Đinh Thị Lụa', titles: ['Phó Bí thư Thường trực Tỉnh ủy'], unit: '', rank: 2, inOfficeTo: '2026-03-31' },
    ]);
  });

  it('joins a name split under a header merged over two columns, and does not double a merged cell', () => {
    const { people } = readDirectoryTable(
      sheet(
        [1, ['Họ và tên', 'Họ và tên', 'Đơn vị', 'Đơn vị']],
        [2, ['Lê Thị', 'Thủy', 'Tỉnh ủy', 'Tỉnh ủy']],
        [3, ['Đinh Thị Lụa', 'Đinh Thị Lụa', 'Tỉnh ủy', '']],
      ),
    );
    expect(people.map((p) => [p.name, p.unit])).toEqual([
      ['Lê Thị Thủy', 'Tỉnh ủy'],
      ['Đinh Thị Lụa', 'Tỉnh ủy'],
    ]);
  });

  it('stores every cell NFC, trimmed, with inner runs of spaces made one; a titles cell splits at its line breaks', () => {
    const { people } = readDirectoryTable(
      sheet(
        [1, ['Họ tên', 'Chức danh', 'Đơn vị']],
        [2, ['  Trương\u00a0 Quốc Huy '.normalize('NFD'), ' Phó Bí thư Tỉnh ủy \r\nChủ tịch  UBND tỉnh\n'.normalize('NFD'), ' UBND tỉnh ']],
      ),
    );
    expect(people[0]).toMatchObject({ name: 'Trương Quốc Huy', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], unit: 'UBND tỉnh' });
    expect(people[0].name).toBe('Trương Quốc Huy'.normalize('NFC'));
  });

  it('skips a row holding an Excel formula error, saying which, and keeps the others', () => {
    const { people, problems } = readDirectoryTable(
      sheet([1, ['Họ tên', 'Chức danh']], [2, ['Lê Thị Thủy', '#REF!']], [3, ['Đinh Thị Lụa', 'Phó Bí thư Thường trực Tỉnh ủy']]),
    );
    expect(people.map((p) => p.name)).toEqual(['Đinh Thị Lụa']);
    expect(problems).toEqual([{ code: 'cell-error', line: 2, detail: '#REF!' }]);
    expect(describeDirectoryCsvProblem(problems[0], 'vi')).toBe('Dòng 2: Một ô ghi lỗi công thức “#REF!” của Excel nên dòng này đã bỏ qua; hãy sửa công thức rồi nhập lại.');
  });

  it('reports no name column at the first row when no row of the top names one; nothing at all is an empty file', () => {
    expect(readDirectoryTable(sheet([2, ['Chức danh', 'Đơn vị']], [3, ['Bí thư', 'Tỉnh ủy']])).problems).toEqual([
      { code: 'missing-column', line: 2, detail: 'Họ tên / name' },
    ]);
    expect(readDirectoryTable(sheet([1, ['', '']], [2, ['']])).problems).toEqual([{ code: 'empty-file', line: 0 }]);
  });

  it('is what the CSV reads with: a CSV under a title line, with a line of empty cells, reads the same', () => {
    const csv = 'DANH BẠ LÃNH ĐẠO;;\r\nHọ và tên;Chức vụ;STT\r\n;;\r\nLê Thị Thủy;Bí thư Tỉnh ủy;1\r\n';
    expect(parseDirectoryCsv(csv)).toEqual({
      people: [{ id: 'le-thi-thuy', honorific: '', name: 'Lê Thị Thủy', titles: ['Bí thư Tỉnh ủy'], unit: '', rank: 1 }],
      problems: [],
    });
  });
});
