import { runSoanTin } from '../../helpers/run-cli';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDraft } from '../../../electron/services/draft/draft-files';
import { bodyPlainText } from '../../../shared/article/body-text';
import { builtinTemplates } from '../../../shared/templates/builtin-templates';
import { directoryWorkbook, encryptedWorkbook, zipBombWorkbook } from '../../fixtures/directory-xlsx';

const REFERENCE_FIELDS = resolve(import.meta.dirname, 'reference-fields.json');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-new-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const run = (...args: string[]) => runSoanTin(args);

/** A refusal as the command line must give it: exit 2, nothing on standard output, one line "soan-tin: vi · en". */
function expectRefusal(result: { code: number; out: string; err: string }, vi: RegExp) {
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  expect(result.err.split('\n').filter(Boolean)).toHaveLength(1);
  expect(result.err).toMatch(/^soan-tin: .+ · .+\n$/);
  expect(result.err.split(' · ')[0]).toMatch(vi);
  expect(result.err).not.toMatch(/\bat \S+:\d+/);
}

const exists = (path: string) => stat(path).then(() => true, () => false);

async function fieldsFile(fields: unknown, name = 'fields.json') {
  const file = join(folder, name);
  await writeFile(file, typeof fields === 'string' ? fields : JSON.stringify(fields));
  return file;
}

const reference = async () => JSON.parse(await readFile(REFERENCE_FIELDS, 'utf8')) as Record<string, unknown>;

describe('soan-tin templates', () => {
  it('lists every built-in template with its name and the fields a fields file may hold', async () => {
    const { code, out } = await run('templates');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; name: { vi: string }; fields: { id: string; kind: string }[] }[];
    expect(list.map((t) => t.id)).toEqual(builtinTemplates().map((t) => t.id));
    expect(list.map((t) => t.id)).toEqual(expect.arrayContaining(['working-session', 'conference', 'inspection', 'reception', 'blank']));
    const working = list.find((t) => t.id === 'working-session')!;
    expect(working.name.vi).toBe('Buổi làm việc');
    expect(working.fields).toContainEqual({ id: 'attendees', kind: 'people' });
    expect(working.fields).toContainEqual(expect.objectContaining({ id: 'host', kind: 'text', label: expect.objectContaining({ vi: 'Bên chủ trì (A)' }) }));
  });
});

describe('soan-tin new', () => {
  it('writes the reference article’s draft from the fields JSON the README documents', async () => {
    const out = join(folder, 'Duy Tiên.tinbai');
    const result = await run('new', '--template', 'working-session', '--fields', REFERENCE_FIELDS, '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const { article } = await openDraft(out);
    expect(article.meta.title).toBe('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên');
    expect(article.meta.sapo).toBe(
      'Chiều ngày 28/5/2022, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Thị ủy Duy Tiên về tình hình, kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV, nhiệm kỳ 2020-2025.',
    );
    expect(article.meta.date).toBe('2022-05-28');
    expect(article.meta.category).toBe('Tin hoạt động của Lãnh đạo Tỉnh');
    const lines = bodyPlainText(article.body.root).split('\n');
    expect(lines[0]).toBe(
      'Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; bà Đinh Thị Lụa - Phó Bí thư Thường trực Tỉnh ủy; ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh - Trưởng đoàn Đại biểu Quốc hội tỉnh; Ủy viên BTV Tỉnh ủy; lãnh đạo UBND tỉnh; đại diện lãnh đạo các sở, ngành; BTV Thị ủy Duy Tiên.',
    );
    // The directive paragraph: the opening, then (once the officer has written) the end mark.
    expect(lines.at(-1)).toBe('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy ./.');
    expect(article.template?.id).toBe('working-session');
    expect(JSON.parse(result.out).captions).toEqual(['Các đại biểu dự hội nghị', 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị']);
  });

  it('info shows the template and its fields, and those fields make the same draft again', async () => {
    const first = join(folder, 'a.tinbai');
    expect((await run('new', '--template', 'working-session', '--fields', REFERENCE_FIELDS, '--out', first)).code).toBe(0);
    const info = JSON.parse((await run('info', first)).out);
    expect(info.template.id).toBe('working-session');
    expect(info.template.fields.host).toBe('Ban Thường vụ Tỉnh ủy');
    expect(info.template.fields.attendees).toHaveLength(7);
    expect(info.words).toBeGreaterThan(60);

    const again = join(folder, 'b.tinbai');
    const fields = await fieldsFile(info.template.fields, 'from-info.json');
    expect((await run('new', '--template', 'working-session', '--fields', fields, '--out', again)).code).toBe(0);
    const [a, b] = [(await openDraft(first)).article, (await openDraft(again)).article];
    expect(b.meta).toEqual(a.meta);
    expect(b.body).toEqual(a.body);
  });

  it('takes people from the directory by id, with its chain and short form', async () => {
    const directory = join(folder, 'danh-ba.json');
    await writeFile(
      directory,
      JSON.stringify({
        people: [
          { id: 'nguyen-van-an', honorific: 'ông', name: 'Nguyễn Văn An', titles: ['Phó Chủ tịch UBND tỉnh'], unit: 'UBND tỉnh', rank: 5 },
          { id: 'tran-thi-binh', honorific: 'bà', name: 'Trần Thị Bình', titles: ['Tỉnh ủy viên', 'Giám đốc Sở Y tế'], shortForm: 'Giám đốc Sở Y tế', unit: 'Sở Y tế', rank: 9 },
        ],
      }),
    );
    const fields = await fieldsFile({
      template: 'inspection',
      session: 'sáng',
      date: '3/11/2023',
      host: 'Phó Chủ tịch UBND tỉnh Nguyễn Văn An',
      topic: 'tiến độ xây dựng Bệnh viện Đa khoa tỉnh',
      attendees: [{ person: 'tran-thi-binh' }, { group: 'lãnh đạo các sở, ngành liên quan' }],
      directive: { person: 'nguyen-van-an' },
    });
    const out = join(folder, 'kiem-tra.tinbai');
    const result = await run('new', '--template', 'inspection', '--fields', fields, '--directory', directory, '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.out);
    expect(printed.sapo).toMatch(/^Sáng ngày 3\/11\/2023, /);
    expect(printed.attendees).toContain('bà Trần Thị Bình - Tỉnh ủy viên - Giám đốc Sở Y tế');
    expect(printed.directiveOpening).toContain('Phó Chủ tịch UBND tỉnh Nguyễn Văn An');
    const { article } = await openDraft(out);
    expect(article.template?.fields.attendees[0]).toEqual({ person: 'tran-thi-binh' });
  });

  it('reads a directory exported from Excel as CSV', async () => {
    const directory = join(folder, 'danh-ba.csv');
    await writeFile(directory, '\uFEFFMã;Danh xưng;Họ tên;Chức danh;Thứ tự nghi lễ\nle-thi-thuy;bà;Lê Thị Thủy;Ủy viên Trung ương Đảng; Bí thư Tỉnh ủy;1\n'.replace('Đảng; Bí', 'Đảng - Bí'));
    const fields = await fieldsFile({ ...(await reference()), directive: { person: 'le-thi-thuy' } });
    const out = join(folder, 'csv.tinbai');
    const result = await run('new', '--template', 'working-session', '--fields', fields, '--directory', directory, '--out', out);
    expect(result.err).toBe('');
    expect(JSON.parse(result.out).directiveOpening).toBe('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy ');
  });

  it('reads the office’s Excel workbook as the directory (--directory people.xlsx)', async () => {
    const directory = join(folder, 'people.xlsx');
    await writeFile(directory, await directoryWorkbook({ skippedRow: false }));
    const fields = await fieldsFile({
      ...(await reference()),
      attendees: [{ person: 'le-thi-thuy' }, { person: 'truong-quoc-huy' }, { group: 'lãnh đạo UBND tỉnh' }],
      directive: { person: 'le-thi-thuy' },
    });
    const out = join(folder, 'xlsx.tinbai');
    const result = await run('new', '--template', 'working-session', '--fields', fields, '--directory', directory, '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.out);
    // The name typed in combining marks with spaces around it, the chain written with " - ", the rank from a formula: as the directory keeps them.
    expect(printed.attendees).toBe(
      'Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh - Trưởng đoàn Đại biểu Quốc hội tỉnh; lãnh đạo UBND tỉnh.',
    );
    expect(printed.directiveOpening).toBe('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy ');
  });

  it('refuses a workbook with a row it could not read, a password-protected one and a zip bomb, writing nothing', async () => {
    const out = join(folder, 'x.tinbai');
    const fields = await fieldsFile({ ...(await reference()), directive: { person: 'le-thi-thuy' } });
    const cases: [string, Buffer, RegExp][] = [
      ['skipped.xlsx', await directoryWorkbook(), /Danh bạ không hợp lệ: Dòng 10: .*không có họ tên/],
      ['mat-khau.xlsx', encryptedWorkbook(), /Danh bạ không hợp lệ: Tệp Excel này có mật khẩu hoặc là tệp \.xls cũ/],
      ['bom.xlsx', await zipBombWorkbook(), /Danh bạ không hợp lệ: Tệp Excel giải nén ra quá lớn/],
    ];
    for (const [name, bytes, vi] of cases) {
      await writeFile(join(folder, name), bytes);
      expectRefusal(await run('new', '--template', 'working-session', '--fields', fields, '--directory', join(folder, name), '--out', out), vi);
      expect(await exists(out)).toBe(false);
    }
  });

  it('takes a template file in the same format as the built-ins', async () => {
    const own = { ...builtinTemplates()[0], id: 'lam-viec-xa', title: '{noun} {host} làm việc tại {counterpart}' };
    const file = join(folder, 'mau.json');
    await writeFile(file, JSON.stringify(own));
    const fields = await fieldsFile({ ...(await reference()), template: 'lam-viec-xa' });
    const result = await run('new', '--template', file, '--fields', fields, '--out', join(folder, 'x.tinbai'));
    expect(result.err).toBe('');
    expect(JSON.parse(result.out).title).toBe('Hội nghị Ban Thường vụ Tỉnh ủy làm việc tại Ban Thường vụ Thị ủy Duy Tiên');
  });

  it('refuses bad fields with one line in Vietnamese then English, and writes nothing', async () => {
    const out = join(folder, 'bad.tinbai');
    const cases: [unknown, RegExp][] = [
      [{ ...(await reference()), session: 'Trưa' }, /buổi “Trưa” không hợp lệ/],
      [{ ...(await reference()), date: '31/2/2022' }, /ngày “31\/2\/2022” không hợp lệ/],
      [{ ...(await reference()), attendees: [{ honorific: 'bà' }] }, /người dự/],
      [{ ...(await reference()), host: '' }, /cần trường “host”/],
      ['{ "template": "working-session", ', /không phải JSON/],
      [{ ...(await reference()), directive: { person: 'le-thi-thuy' } }, /--directory/],
    ];
    for (const [fields, vi] of cases) {
      const result = await run('new', '--template', 'working-session', '--fields', await fieldsFile(fields), '--out', out);
      expectRefusal(result, vi);
      expect(await exists(out)).toBe(false);
    }
  });

  it('refuses an unknown template, a bad template file, a mismatched fields file and a bad directory', async () => {
    const out = join(folder, 'bad.tinbai');
    expectRefusal(await run('new', '--template', 'hop-bao', '--fields', REFERENCE_FIELDS, '--out', out), /Không có mẫu “hop-bao” \(các mẫu: working-session/);

    const badTemplate = join(folder, 'mau-hong.json');
    await writeFile(badTemplate, JSON.stringify({ ...builtinTemplates()[0], sapo: '{sesion} ngày {date}' }));
    expectRefusal(await run('new', '--template', badTemplate, '--fields', REFERENCE_FIELDS, '--out', out), /Tệp mẫu không hợp lệ — “sapo”.*sesion/);

    expectRefusal(await run('new', '--template', 'conference', '--fields', REFERENCE_FIELDS, '--out', out), /ghi mẫu “working-session” nhưng lệnh dùng mẫu “conference”/);

    const duplicate = join(folder, 'trung.json');
    const person = { id: 'a-b', honorific: 'ông', name: 'A B', titles: [], unit: '', rank: 1 };
    await writeFile(duplicate, JSON.stringify([person, person]));
    expectRefusal(await run('new', '--template', 'working-session', '--fields', REFERENCE_FIELDS, '--directory', duplicate, '--out', out), /^soan-tin: Danh bạ không hợp lệ/);

    const noName = join(folder, 'khong-ten.csv');
    await writeFile(noName, 'Chức danh,Đơn vị\nBí thư Tỉnh ủy,Tỉnh ủy\n');
    expectRefusal(await run('new', '--template', 'working-session', '--fields', REFERENCE_FIELDS, '--directory', noName, '--out', out), /Danh bạ không hợp lệ: .*thiếu cột “Họ tên/);

    expectRefusal(await run('new', '--template', 'working-session', '--fields', REFERENCE_FIELDS, '--directory', join(folder, 'khong-co.csv'), '--out', out), /Không đọc được tệp danh bạ/);
    expectRefusal(await run('new', '--template', 'working-session', '--fields', REFERENCE_FIELDS), /Cách dùng: soan-tin new/);
    expect(await exists(out)).toBe(false);
  });

  it('never writes over an existing file without --force, and replaces it whole with it', async () => {
    const out = join(folder, 'co-san.tinbai');
    await writeFile(out, 'bản cũ');
    expectRefusal(await run('new', '--template', 'working-session', '--fields', REFERENCE_FIELDS, '--out', out), /đã có; thêm --force/);
    expect(await readFile(out, 'utf8')).toBe('bản cũ');
    expect((await run('new', '--template', 'working-session', '--fields', REFERENCE_FIELDS, '--out', out, '--force')).code).toBe(0);
    expect((await openDraft(out)).article.template?.id).toBe('working-session');
  });
});
