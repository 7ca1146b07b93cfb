import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDirectoryHandlers } from '../../../electron/ipc/directory-handlers';
import { DirectoryFileError, directoryFileBytes, readDirectoryFile } from '../../../electron/services/directory/directory-file';
import { createDirectoryStore } from '../../../electron/services/directory/directory-store';
import { DIRECTORY_XLSX_LIMITS } from '../../../electron/services/directory/directory-xlsx';
import { sheetCellText } from '../../../electron/services/directory/sheet-cell-text';
import type { Dialogs, Settings } from '../../../electron/services/ports';
import type { DirectoryPerson } from '../../../shared/directory/person-schema';
import { sortByProtocol } from '../../../shared/directory/protocol-order';
import { encodeCp1258 } from '../../fixtures/cp1258';
import { oleFile } from '../../fixtures/docx';
import { zipOf } from '../../fixtures/drafts';
import {
  WORKBOOK_PEOPLE,
  WORKBOOK_SKIPPED_ROW,
  directoryWorkbook,
  encryptedWorkbook,
  excelXmlWorkbook,
  writeDirectoryFixtures,
  zipBombWorkbook,
} from '../../fixtures/directory-xlsx';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-xlsx-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

async function file(name: string, bytes: Buffer | string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  return path;
}

/** What the officer is told when a file cannot be read (null when it was read). */
const refusal = (path: string) =>
  readDirectoryFile(path).then(
    () => null,
    (error: unknown) => (error instanceof DirectoryFileError ? error.said : error),
  );

async function workbookOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('an Excel workbook as the directory', () => {
  it('reads the office’s workbook: the sheet that names the people, each cell as Excel holds it, the row without a name reported', async () => {
    const { people, skipped } = await readDirectoryFile(await file('danh-ba.xlsx', await directoryWorkbook()));
    expect(people).toEqual(WORKBOOK_PEOPLE);
    expect(skipped).toEqual([
      { vi: `Dòng ${WORKBOOK_SKIPPED_ROW}: Dòng này không có họ tên nên đã bỏ qua.`, en: `Line ${WORKBOOK_SKIPPED_ROW}: This row has no name, so it was skipped.` },
    ]);
    for (const p of people) expect([p.name, ...p.titles]).toEqual([p.name, ...p.titles].map((t) => t.normalize('NFC')));
  });

  it('reads the XML as Excel writes it: shared strings (one in rich text), inline strings, formulas’ cached values', async () => {
    const { people, skipped } = await readDirectoryFile(await file('excel.xlsx', await excelXmlWorkbook()));
    expect(skipped).toEqual([]);
    expect(people).toEqual([
      { id: 'le-thi-thuy', honorific: '', name: 'Lê Thị Thủy', titles: ['Bí thư Tỉnh ủy'], unit: 'Tỉnh ủy', rank: 1 },
      { id: 'dinh-thi-lua', honorific: '', name: 'Đinh Thị Lụa', titles: ['Phó Bí thư Thường trực Tỉnh ủy'], unit: 'Tỉnh ủy', rank: 2 },
    ]);
  });

  it('is read as a workbook by its bytes whatever its name says, and an old-style .xls name is read as one too', async () => {
    const bytes = await directoryWorkbook({ skippedRow: false });
    expect((await readDirectoryFile(await file('danh-ba.csv', bytes))).people).toEqual(WORKBOOK_PEOPLE);
    expect((await readDirectoryFile(await file('danh-ba.xls', bytes))).people).toEqual(WORKBOOK_PEOPLE);
  });

  it('takes dates in a workbook on the 1904 date system (Excel for Mac) and a Vietnamese date format on the day they show', async () => {
    const bytes = await workbookOf((wb) => {
      wb.properties.date1904 = true;
      const s = wb.addWorksheet('DS');
      s.addRow(['Họ tên', 'Từ ngày', 'Đến ngày']);
      s.addRow(['Lê Thị Thủy', new Date('2020-10-15T00:00:00Z'), 44378 - 1462]);
      s.getCell('C2').numFmt = '[$-42A]dd/mm/yyyy;@';
    });
    const { people } = await readDirectoryFile(await file('mac.xlsx', bytes));
    expect(people[0]).toMatchObject({ inOfficeFrom: '2020-10-15', inOfficeTo: '2021-07-01' });
  });

  it('turns every kind of cell value into its text', () => {
    expect(sheetCellText('Tỉnh ủy')).toBe('Tỉnh ủy');
    expect(sheetCellText({ richText: [{ text: 'Lê Thị ', font: { bold: true } }, { text: 'Thủy' }] })).toBe('Lê Thị Thủy');
    expect(sheetCellText({ text: 'Cổng TTĐT', hyperlink: 'https://example.vn' })).toBe('Cổng TTĐT');
    expect(sheetCellText({ text: { richText: [{ text: 'Sở ' }, { text: 'Y tế' }] }, hyperlink: 'mailto:a@b.vn' })).toBe('Sở Y tế');
    expect(sheetCellText(3)).toBe('3');
    expect(sheetCellText(2.5)).toBe('2.5');
    expect(sheetCellText(new Date('2021-07-01T00:00:00Z'))).toBe('2021-07-01');
    expect(sheetCellText(new Date('2021-07-01T23:59:59.800Z'))).toBe('2021-07-02');
    expect(sheetCellText({ formula: 'A6+1', result: 3 })).toBe('3');
    expect(sheetCellText({ sharedFormula: 'B2', result: 'Bí thư Tỉnh ủy' })).toBe('Bí thư Tỉnh ủy');
    expect(sheetCellText({ formula: 'TODAY()', result: new Date('2022-05-28T00:00:00Z') })).toBe('2022-05-28');
    expect(sheetCellText({ formula: 'VLOOKUP(A2,B:C,2,0)', result: { error: '#N/A' } })).toBe('#N/A');
    expect(sheetCellText({ formula: 'A1' })).toBe('');
    expect(sheetCellText({ error: '#REF!' })).toBe('#REF!');
    expect(sheetCellText(true)).toBe('TRUE');
    expect(sheetCellText(null)).toBe('');
  });

  it('reports a row whose cell shows a formula error, keeping the others', async () => {
    const bytes = await workbookOf((wb) => {
      const s = wb.addWorksheet('DS');
      s.addRow(['Họ tên', 'Chức danh']);
      s.addRow(['Lê Thị Thủy', { formula: 'VLOOKUP(A2,Khac!A:B,2,0)', result: { error: '#N/A' } }]);
      s.addRow(['Đinh Thị Lụa', 'Phó Bí thư Thường trực Tỉnh ủy']);
    });
    const { people, skipped } = await readDirectoryFile(await file('loi.xlsx', bytes));
    expect(people.map((p) => p.name)).toEqual(['Đinh Thị Lụa']);
    expect(skipped[0].vi).toBe('Dòng 2: Một ô ghi lỗi công thức “#N/A” của Excel nên dòng này đã bỏ qua; hãy sửa công thức rồi nhập lại.');
  });
});

describe('what is refused before exceljs reads anything', () => {
  it('a password-protected workbook and an old .xls (both OLE compound files): save as .xlsx without a password', async () => {
    const said = { vi: expect.stringMatching(/có mật khẩu hoặc là tệp \.xls cũ.*bỏ mật khẩu.*\(\.xlsx\)/), en: expect.stringMatching(/password-protected or an old \.xls.*remove the password.*\(\.xlsx\)/) };
    expect(await refusal(await file('mat-khau.xlsx', encryptedWorkbook()))).toEqual(said);
    expect(await refusal(await file('cu.xls', oleFile(false)))).toEqual(said);
  });

  it('a zip bomb: an entry too large, or too many times its packed size', async () => {
    const bomb = await zipBombWorkbook();
    expect(bomb.length).toBeLessThan(200 * 1024);
    const said = { vi: expect.stringContaining('giải nén ra quá lớn'), en: expect.stringContaining('zip bomb') };
    expect(await refusal(await file('bom.xlsx', bomb))).toEqual(said);
    // Under the entry limit, but 2,000 times its packed size.
    const dense = await zipOf([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20) },
    ]);
    expect(await refusal(await file('bom2.xlsx', dense))).toEqual(said);
  });

  it('a sheet of more cells than a directory has, though its sizes pass', async () => {
    let xml = '<worksheet><sheetData>';
    for (let r = 1; r <= 25_000; r++) {
      xml += `<row r="${r}">`;
      for (let c = 0; c < 10; c++) xml += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${(r * 7919 + c * 104729) % 1000003}</v></c>`;
      xml += '</row>';
    }
    const sheet = Buffer.from(`${xml}</sheetData></worksheet>`);
    // More cells than the limit, in fewer rows than its limit: the cells are what is counted.
    expect(25_000 * 10).toBeGreaterThan(DIRECTORY_XLSX_LIMITS.maxCells);
    expect(25_000).toBeLessThan(DIRECTORY_XLSX_LIMITS.maxRows);
    expect(sheet.length).toBeLessThan(DIRECTORY_XLSX_LIMITS.maxEntryBytes);
    const packed = await zipOf([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ]);
    expect(sheet.length / packed.length).toBeLessThan(DIRECTORY_XLSX_LIMITS.maxRatio);
    expect(await refusal(await file('o.xlsx', packed))).toMatchObject({ vi: expect.stringContaining('giải nén ra quá lớn') });
  });

  it('a file that is not a zip, a damaged zip, a zip that is not a workbook, a workbook with no sheet of people', async () => {
    expect(await refusal(await file('doi-ten.xlsx', 'Họ tên;Chức danh\r\nLê Thị Thủy;Bí thư Tỉnh ủy\r\n'))).toEqual({
      vi: 'Tệp này không phải là sổ làm việc Excel .xlsx (có thể đã hỏng, hoặc chỉ được đổi đuôi tên tệp) nên không đọc được.',
      en: 'This file is not an Excel .xlsx workbook (it may be damaged, or only renamed), so it cannot be read.',
    });
    const whole = await directoryWorkbook();
    const damaged = { vi: expect.stringContaining('Tệp Excel bị hỏng'), en: expect.stringContaining('damaged') };
    expect(await refusal(await file('cut.xlsx', whole.subarray(0, Math.floor(whole.length / 2))))).toEqual(damaged);
    expect(await refusal(await file('zip.xlsx', await zipOf([{ name: 'word/document.xml', data: '<w:document/>' }])))).toEqual(damaged);
    const noPeople = await workbookOf((wb) => {
      wb.addWorksheet('Ghi chú').addRow(['Cập nhật tháng 5']);
      wb.addWorksheet('Chức vụ').addRow(['Chức danh', 'Đơn vị']);
    });
    expect(await refusal(await file('khong-nguoi.xlsx', noPeople))).toEqual({
      vi: 'Không trang tính nào trong tệp Excel có cột “Họ tên” (hoặc “Họ và tên”, “name”) ở dòng tiêu đề.',
      en: 'No worksheet of the Excel file has a “Họ tên” (or “name”) column in its header row.',
    });
  });

  it('a sheet of more people than a directory holds', async () => {
    const bytes = await workbookOf((wb) => {
      const s = wb.addWorksheet('DS');
      s.addRow(['Họ tên']);
      for (let i = 1; i <= 5001; i++) s.addRow([`Nguyễn Văn ${i}`]);
    });
    expect(await refusal(await file('dong.xlsx', bytes))).toEqual({
      vi: 'Tệp có 5001 người, quá 5000 người một danh bạ giữ được.',
      en: 'The file holds 5001 people, more than the 5000 a directory can hold.',
    });
  });

  it('leaves the stored directory as it was when the dialog’s import is refused', async () => {
    const directory = createDirectoryStore(join(folder, 'directory.json'));
    await directory.write(WORKBOOK_PEOPLE.slice(0, 2));
    const before = await readFile(join(folder, 'directory.json'));
    const answers = [await file('bom.xlsx', await zipBombWorkbook()), await file('mk.xlsx', encryptedWorkbook())];
    const dialogs = { chooseDirectoryFile: async () => answers.shift() ?? null } as unknown as Dialogs;
    const handlers = createDirectoryHandlers({ directory, dialogs, settings: { getLocale: () => 'vi' } as Settings });
    expect(await handlers.importDirectory({})).toMatchObject({ status: 'refused', message: { vi: expect.stringContaining('quá lớn') } });
    expect(await handlers.importDirectory({})).toMatchObject({ status: 'refused', message: { vi: expect.stringContaining('mật khẩu') } });
    expect(await readFile(join(folder, 'directory.json'))).toEqual(before);
  });
});

describe('the directory exported as an Excel workbook', () => {
  const PEOPLE: DirectoryPerson[] = sortByProtocol(WORKBOOK_PEOPLE);

  it('one sheet “Danh bạ lãnh đạo”: a bold, frozen header row, the CSV’s columns, real dates, numbers, widths that fit', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await directoryFileBytes(PEOPLE, 'xlsx', 'vi')) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Danh bạ lãnh đạo']);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'Mã', 'Danh xưng', 'Họ tên', 'Chức danh', 'Cách gọi ngắn', 'Đơn vị', 'Thứ tự nghi lễ', 'Từ ngày', 'Đến ngày']);
    expect(sheet.getCell('C1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(PEOPLE.length + 1);
    const huy = sheet.getRow(4);
    expect(huy.getCell(3).value).toBe('Trương Quốc Huy');
    expect(huy.getCell(4).value).toBe('Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh; Trưởng đoàn Đại biểu Quốc hội tỉnh');
    expect(huy.getCell(7).value).toBe(3);
    expect(huy.getCell(8).value).toEqual(new Date('2021-07-01T00:00:00Z'));
    expect(huy.getCell(8).numFmt).toBe('d/m/yyyy');
    expect(sheet.getRow(5).getCell(9).value).toEqual(new Date('2023-03-31T00:00:00Z'));
    // Each column as wide as its longest text, within reason; a long chain wraps.
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(...Array.from(column.values ?? [], (v) => (v instanceof Date ? 10 : String(v ?? '').length)));
      expect(column.width, `column ${i + 1}`).toBeGreaterThanOrEqual(Math.min(longest, 60));
      expect(column.width).toBeLessThanOrEqual(60);
    });
    expect(sheet.getColumn(4).alignment?.wrapText).toBe(true);
  });

  it('round trip: the office’s workbook imported, exported, imported again gives the same people, in either language', async () => {
    const first = await readDirectoryFile(await file('danh-ba.xlsx', await directoryWorkbook()));
    for (const locale of ['vi', 'en'] as const) {
      const exported = await file(`xuat-${locale}.xlsx`, await directoryFileBytes(first.people, 'xlsx', locale));
      const again = await readDirectoryFile(exported);
      expect(again).toEqual({ people: first.people, skipped: [] });
    }
  });

  it('Xuất tệp… writes what the chosen name says: .xlsx, .csv, .json, and an Excel workbook for a name without one', async () => {
    const directory = createDirectoryStore(join(folder, 'directory.json'));
    await directory.write(PEOPLE);
    const answers: string[] = [];
    const suggested: string[] = [];
    const dialogs = {
      chooseDirectoryExportPath: async (name: string) => {
        suggested.push(name);
        return answers.shift() ?? null;
      },
    } as unknown as Dialogs;
    const handlers = createDirectoryHandlers({ directory, dialogs, settings: { getLocale: () => 'vi' } as Settings });
    answers.push(join(folder, 'a.xlsx'), join(folder, 'a.csv'), join(folder, 'a.json'), join(folder, 'khong-duoi'));
    expect(await handlers.exportDirectory({})).toEqual({ status: 'exported', path: join(folder, 'a.xlsx') });
    expect(await handlers.exportDirectory({})).toEqual({ status: 'exported', path: join(folder, 'a.csv') });
    expect(await handlers.exportDirectory({})).toEqual({ status: 'exported', path: join(folder, 'a.json') });
    expect(await handlers.exportDirectory({})).toEqual({ status: 'exported', path: join(folder, 'khong-duoi.xlsx') });
    expect(suggested[0]).toBe('danh-ba-lanh-dao.xlsx');
    for (const name of ['a.xlsx', 'a.csv', 'a.json', 'khong-duoi.xlsx']) expect((await readDirectoryFile(join(folder, name))).people).toEqual(PEOPLE);
    expect((await readFile(join(folder, 'a.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    expect((await readFile(join(folder, 'a.json'), 'utf8')).startsWith('{')).toBe(true);
  });

  it('the Windows-1258 CSV Excel writes on a Vietnamese Windows still reads the same people', async () => {
    const csv = await file('excel.csv', encodeCp1258((await directoryFileBytes(PEOPLE, 'csv', 'vi')).subarray(3).toString('utf8')));
    expect((await readDirectoryFile(csv)).people).toEqual(PEOPLE);
  });
});

describe('the directory fixtures written out (npm run fixtures)', () => {
  it('are the files the tests read: the workbooks read, the bomb and the password-protected one refused, the Windows-1258 CSV read', async () => {
    const written = await writeDirectoryFixtures(join(folder, 'danh-ba'));
    expect([...written.keys()]).toEqual(['danh-ba.xlsx', 'danh-ba-xml-excel.xlsx', 'danh-ba-bom-nen.xlsx', 'danh-ba-mat-khau.xlsx', 'danh-ba-windows-1258.csv']);
    expect((await readDirectoryFile(written.get('danh-ba.xlsx')!)).people).toEqual(WORKBOOK_PEOPLE);
    expect((await readDirectoryFile(written.get('danh-ba-xml-excel.xlsx')!)).people).toHaveLength(2);
    expect(await refusal(written.get('danh-ba-bom-nen.xlsx')!)).toMatchObject({ en: expect.stringContaining('zip bomb') });
    expect(await refusal(written.get('danh-ba-mat-khau.xlsx')!)).toMatchObject({ en: expect.stringContaining('password') });
    const csv = await readFile(written.get('danh-ba-windows-1258.csv')!);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(csv)).toThrow();
    expect((await readDirectoryFile(written.get('danh-ba-windows-1258.csv')!)).people).toEqual(WORKBOOK_PEOPLE);
  });
});
