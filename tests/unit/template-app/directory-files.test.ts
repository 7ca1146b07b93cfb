import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDirectoryHandlers } from '../../../electron/ipc/directory-handlers';
import { decodeDirectoryBytes } from '../../../electron/services/directory/directory-bytes';
import { DirectoryFileError, directoryFileBytes, readDirectoryFile } from '../../../electron/services/directory/directory-file';
import { createDirectoryStore } from '../../../electron/services/directory/directory-store';
import { serializeDirectoryCsv } from '../../../shared/directory/directory-csv';
import type { DirectoryPerson } from '../../../shared/directory/person-schema';
import type { Dialogs, Settings } from '../../../electron/services/ports';
import { encodeCp1258 } from '../../fixtures/cp1258';

const PEOPLE: DirectoryPerson[] = [
  { id: 'le-thi-thuy', honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], unit: 'Tỉnh ủy', rank: 1 },
  { id: 'truong-quoc-huy', honorific: 'ông', name: 'Trương Quốc Huy', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], shortForm: 'Chủ tịch UBND tỉnh', unit: 'UBND tỉnh', rank: 3, inOfficeFrom: '2021-07-01' },
  { id: 'tran-van-son', honorific: 'ông', name: 'Trần Văn Sơn', titles: ['Giám đốc Sở Văn hóa, Thể thao và Du lịch'], unit: 'Sở Văn hóa, Thể thao và Du lịch', rank: 20, inOfficeTo: '2023-03-31' },
  { id: 'nguyen-thi-nguyet', honorific: 'bà', name: 'Nguyễn Thị Nguyệt', titles: ['Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'], unit: 'Ủy ban MTTQ Việt Nam tỉnh', rank: 21 },
];

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-directory-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const csv = serializeDirectoryCsv(PEOPLE, 'vi', ';');

describe('a directory spreadsheet, whatever Excel wrote it in', () => {
  it('reads the Windows-1258 CSV that Excel writes on a Vietnamese Windows, composed', async () => {
    const bytes = encodeCp1258(csv);
    // The fixture really is Windows-1258 with combining tone marks, not UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.includes(0xd2)).toBe(true); // the combining hook above of "Thủy"
    const file = join(folder, 'danh-ba.csv');
    await writeFile(file, bytes);
    const { people, skipped } = await readDirectoryFile(file);
    expect(skipped).toEqual([]);
    expect(people).toEqual(PEOPLE);
    expect(people.every((p) => p.name === p.name.normalize('NFC') && p.titles.every((t) => t === t.normalize('NFC')))).toBe(true);
  });

  it.each([
    ['UTF-8 with a BOM (Excel’s “CSV UTF-8”)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')])],
    ['UTF-8 without a BOM', Buffer.from(csv, 'utf8')],
    ['UTF-8 in combining marks (NFD)', Buffer.from(csv.normalize('NFD'), 'utf8')],
  ])('reads %s', async (_name, bytes) => {
    const file = join(folder, 'danh-ba.csv');
    await writeFile(file, bytes);
    expect((await readDirectoryFile(file)).people).toEqual(PEOPLE);
  });

  it('exports CSV for Excel (UTF-8 with its BOM, ";" between cells) and JSON, and reads both back unchanged', async () => {
    const csvBytes = await directoryFileBytes(PEOPLE, 'csv', 'vi');
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeDirectoryBytes(csvBytes).split(/\r?\n/)[0]).toBe('Mã;Danh xưng;Họ tên;Chức danh;Cách gọi ngắn;Đơn vị;Thứ tự nghi lễ;Từ ngày;Đến ngày');
    await writeFile(join(folder, 'a.csv'), csvBytes);
    await writeFile(join(folder, 'a.json'), await directoryFileBytes(PEOPLE, 'json', 'en'));
    expect((await readDirectoryFile(join(folder, 'a.csv'))).people).toEqual(PEOPLE);
    expect((await readDirectoryFile(join(folder, 'a.json'))).people).toEqual(PEOPLE);
  });

  it('skips a bad row with its line and keeps the others; refuses a file it cannot read at all, saying why', async () => {
    const file = join(folder, 'mot-dong-hong.csv');
    await writeFile(file, `${csv.trimEnd()}\n;ông;;Bí thư Huyện ủy;;;;;\n`);
    const { people, skipped } = await readDirectoryFile(file);
    expect(people).toHaveLength(PEOPLE.length);
    expect(skipped).toEqual([{ vi: expect.stringMatching(/^Dòng 6: .*họ tên/), en: expect.stringMatching(/^Line 6: .*name/) }]);

    const refused = async (name: string, content: string | Buffer) => {
      await writeFile(join(folder, name), content);
      return readDirectoryFile(join(folder, name)).then(
        () => null,
        (error: unknown) => (error instanceof DirectoryFileError ? error.said : error),
      );
    };
    expect(await refused('x.xlsx', 'Họ tên;Chức danh\n')).toMatchObject({ vi: expect.stringContaining('không phải là sổ làm việc Excel .xlsx') });
    expect(await refused('x.json', '{"people": [{"name": "A"}]}')).toMatchObject({ vi: expect.stringContaining('người[1]') });
    expect(await refused('x.json', 'không phải JSON')).toMatchObject({ en: 'The directory file is not valid JSON.' });
    expect(await refused('x.csv', 'Chức vụ\nBí thư\n')).toMatchObject({ vi: expect.stringContaining('thiếu cột') });
    expect(await refused('x.docx', 'PK')).toMatchObject({ en: 'A directory file must be .xlsx, .csv or .json.' });
  });
});

describe('the directory in the app’s data folder', () => {
  it('is empty at first, keeps what is saved in protocol order, NFC, and sets a damaged file aside', async () => {
    const file = join(folder, 'data', 'directory.json');
    const store = createDirectoryStore(file);
    expect(await store.read()).toEqual([]);
    const saved = await store.write([{ ...PEOPLE[1], name: PEOPLE[1].name.normalize('NFD') }, PEOPLE[0]]);
    expect(saved.map((p) => p.id)).toEqual(['le-thi-thuy', 'truong-quoc-huy']);
    expect(saved[1].name).toBe('Trương Quốc Huy');
    expect(await createDirectoryStore(file).read()).toEqual(saved);
    await expect(store.write([PEOPLE[0], PEOPLE[0]])).rejects.toThrow();
    expect(await store.read()).toEqual(saved);

    await writeFile(file, '{"version": 1, "people": [{"id": "Không hợp lệ"}]}');
    const logged: string[] = [];
    expect(await createDirectoryStore(file, process.platform, (m) => logged.push(m)).read()).toEqual([]);
    expect(logged[0]).toMatch(/damaged; kept as .*directory\.json\.damaged-/);
  });

  it('imports through the main process’s dialog without saving, and exports the saved directory where the dialog says', async () => {
    const directory = createDirectoryStore(join(folder, 'directory.json'));
    await directory.write(PEOPLE);
    const answers: (string | null)[] = [];
    const dialogs = {
      chooseDirectoryFile: async () => answers.shift() ?? null,
      chooseDirectoryExportPath: async () => answers.shift() ?? null,
    } as unknown as Dialogs;
    const settings = { getLocale: () => 'vi' } as Settings;
    const handlers = createDirectoryHandlers({ directory, dialogs, settings });

    expect(await handlers.importDirectory({})).toEqual({ status: 'cancelled' });
    const cp1258 = join(folder, 'excel.csv');
    await writeFile(cp1258, encodeCp1258(serializeDirectoryCsv(PEOPLE.slice(0, 2), 'vi', ';')));
    answers.push(cp1258);
    expect(await handlers.importDirectory({})).toEqual({ status: 'read', people: PEOPLE.slice(0, 2), skipped: [] });
    expect(await directory.read()).toHaveLength(PEOPLE.length);
    answers.push(join(folder, 'hong.csv'));
    await writeFile(join(folder, 'hong.csv'), '');
    expect(await handlers.importDirectory({})).toMatchObject({ status: 'refused', message: { vi: expect.stringContaining('trống') } });

    const out = join(folder, 'xuat', 'danh-ba');
    await rm(join(folder, 'xuat'), { recursive: true, force: true });
    answers.push(join(folder, 'danh-ba-xuat.csv'));
    expect(await handlers.exportDirectory({})).toEqual({ status: 'exported', path: join(folder, 'danh-ba-xuat.csv') });
    expect(decodeDirectoryBytes(await readFile(join(folder, 'danh-ba-xuat.csv')))).toContain('Trương Quốc Huy');
    answers.push(out);
    await expect(handlers.exportDirectory({})).rejects.toMatchObject({ code: 'folder-not-found' });
  });
});
