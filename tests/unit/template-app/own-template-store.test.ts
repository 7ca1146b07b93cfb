import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { HandlerTable } from '../../../electron/ipc/handlers';
import { createTemplateHandlers } from '../../../electron/ipc/template-handlers';
import type { Dialogs, Settings } from '../../../electron/services/ports';
import { createOwnTemplateStore } from '../../../electron/services/templates/own-template-store';
import { APP_DATA_NAME, cliTemplatesFolder, ownTemplatesFolder, userDataPath } from '../../../electron/user-data-path';
import { builtinTemplate } from '../../../shared/templates/builtin-templates';
import { parseTemplate } from '../../../shared/templates/parse-template';
import type { Template } from '../../../shared/templates/template-schema';
import { templateIdFor } from '../../../shared/templates/template-id';

let folder: string;
let dir: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-own-'));
  dir = join(folder, 'templates');
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** An own template as a file would hold it: a built-in under another id and name. */
function own(id: string, name: string, from = 'working-session'): Template {
  const parsed = parseTemplate({ ...builtinTemplate(from)!, id, name: { vi: name, en: name } });
  if (!parsed.ok) throw new Error(parsed.message.en);
  return parsed.template;
}

describe('the own-templates store', () => {
  it('starts empty, saves <id>.json atomically and reads it back through the parser, by name', async () => {
    const store = createOwnTemplateStore(dir);
    expect(await store.list()).toEqual({ templates: [], skipped: [] });
    await store.save(own('tiep-dan', 'Tiếp công dân'), { replace: false });
    await store.save(own('hop-giao-ban-tuan', 'Họp giao ban tuần'), { replace: false });
    expect(await readdir(dir)).toEqual(['hop-giao-ban-tuan.json', 'tiep-dan.json']);
    const { templates, skipped } = await store.list();
    expect(templates.map((t) => t.name.vi)).toEqual(['Họp giao ban tuần', 'Tiếp công dân']);
    expect(skipped).toEqual([]);
    const file = JSON.parse(await readFile(join(dir, 'tiep-dan.json'), 'utf8'));
    expect(parseTemplate(file).ok).toBe(true);
  });

  it('replaces an own template only when asked, raising its version', async () => {
    const store = createOwnTemplateStore(dir);
    await store.save(own('hop-giao-ban-tuan', 'Họp giao ban tuần'), { replace: false });
    expect(await store.save(own('hop-giao-ban-tuan', 'Họp giao ban (mới)'), { replace: false })).toEqual({ status: 'exists' });
    expect((await store.get('hop-giao-ban-tuan'))?.name.vi).toBe('Họp giao ban tuần');
    const saved = await store.save(own('hop-giao-ban-tuan', 'Họp giao ban (mới)'), { replace: true });
    expect(saved.status === 'saved' && saved.template.version).toBe(2);
    expect(await store.get('hop-giao-ban-tuan')).toMatchObject({ version: 2, name: { vi: 'Họp giao ban (mới)' } });
  });

  it("refuses a built-in's id", async () => {
    const store = createOwnTemplateStore(dir);
    const outcome = await store.save(own('conference', 'Hội nghị của tôi'), { replace: true });
    expect(outcome).toEqual({ status: 'refused', message: expect.objectContaining({ vi: expect.stringContaining('trùng với một mẫu có sẵn') }) });
    expect((await store.list()).templates).toEqual([]);
  });

  it('skips and names each file it cannot use, and still lists the good ones', async () => {
    await mkdir(dir, { recursive: true });
    const store = createOwnTemplateStore(dir);
    await store.save(own('hop-giao-ban-tuan', 'Họp giao ban tuần'), { replace: false });
    await writeFile(join(dir, 'a-not-json.json'), 'không phải JSON');
    await writeFile(join(dir, 'b-bad-pattern.json'), JSON.stringify({ ...own('mau-loi', 'Mẫu lỗi'), title: '{noun} {chu_tri}' }));
    await writeFile(join(dir, 'c-builtin.json'), JSON.stringify(builtinTemplate('blank')));
    await writeFile(join(dir, 'z-twice.json'), JSON.stringify(own('hop-giao-ban-tuan', 'Bản sao')));
    await writeFile(join(dir, 'e-too-big.json'), 'x'.repeat(1024 * 1024 + 1));
    await writeFile(join(dir, 'notes.txt'), 'không phải mẫu');
    await mkdir(join(dir, 'folder.json'));
    const { templates, skipped } = await store.list();
    expect(templates.map((t) => t.id)).toEqual(['hop-giao-ban-tuan']);
    expect(skipped.map((s) => s.file)).toEqual(['a-not-json.json', 'b-bad-pattern.json', 'c-builtin.json', 'e-too-big.json', 'z-twice.json']);
    expect(skipped[0].message.vi).toContain('không phải JSON');
    expect(skipped[1].message.vi).toContain('“title”');
    expect(skipped[2].message.vi).toContain('trùng với một mẫu có sẵn');
    expect(skipped[4].message.vi).toContain('đã có ở tệp hop-giao-ban-tuan.json');
    expect(skipped[3].message.vi).toContain('quá lớn');
  });

  it('removes a template; an unknown id is a missing file', async () => {
    const store = createOwnTemplateStore(dir);
    await store.save(own('tiep-dan', 'Tiếp công dân'), { replace: false });
    await store.remove('tiep-dan');
    expect((await store.list()).templates).toEqual([]);
    await expect(store.remove('tiep-dan')).rejects.toMatchObject({ code: 'file-not-found' });
    await expect(store.remove('../settings')).rejects.toMatchObject({ code: 'invalid-payload' });
  });
});

describe('Nhập mẫu… and Xuất mẫu…', () => {
  const settings = { getLocale: () => 'vi' } as Settings;
  function handlers(answers: { open?: string | null; save?: string | null }) {
    const dialogs = {
      chooseTemplateFile: async () => answers.open ?? null,
      chooseTemplateExportPath: async () => answers.save ?? null,
    } as unknown as Dialogs;
    return createTemplateHandlers({ templates: createOwnTemplateStore(dir), dialogs, settings });
  }

  it('reads a good file without storing it; a bad one is refused with what is wrong, nothing stored', async () => {
    const good = join(folder, 'giao-ban.json');
    await writeFile(good, `\uFEFF${JSON.stringify(own('hop-giao-ban-tuan', 'Họp giao ban tuần'))}`);
    const read = await handlers({ open: good }).importTemplate({});
    expect(read).toMatchObject({ status: 'read', template: { id: 'hop-giao-ban-tuan' } });
    expect(await readdir(folder)).toEqual(['giao-ban.json']);

    const cases: [string, string | Buffer, RegExp][] = [
      ['not-json.json', '<html>', /tệp không phải JSON hợp lệ/],
      ['schema.json', JSON.stringify({ id: 'x', version: 1 }), /thiếu mục “name”/],
      ['placeholder.json', JSON.stringify({ ...own('mau-x', 'Mẫu X'), sapo: '{host} làm việc với {doiTac}.' }), /“sapo”, ký tự 21: trường {doiTac} không có trong danh sách trường của mẫu/],
      ['big.json', Buffer.alloc(2 * 1024 * 1024, 32), /quá lớn \(2048 KB\)/],
      ['builtin.json', JSON.stringify(builtinTemplate('reception')), /mã “reception” trùng với một mẫu có sẵn/],
    ];
    for (const [name, content, message] of cases) {
      const file = join(folder, name);
      await writeFile(file, content);
      const answer = await handlers({ open: file }).importTemplate({});
      expect(answer.status, name).toBe('refused');
      expect(answer.status === 'refused' && answer.message.vi, name).toMatch(message);
      expect(answer.status === 'refused' && answer.message.en, name).not.toBe('');
    }
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('exports an own template in the built-ins’ format', async () => {
    await createOwnTemplateStore(dir).save(own('hop-giao-ban-tuan', 'Họp giao ban tuần'), { replace: false });
    const target = join(folder, 'gui-huyen.json');
    expect(await handlers({ save: target }).exportTemplate({ id: 'hop-giao-ban-tuan' })).toEqual({ status: 'exported', path: target });
    const parsed = parseTemplate(await readFile(target, 'utf8'));
    expect(parsed.ok && parsed.template.name.vi).toBe('Họp giao ban tuần');
    expect(await handlers({ save: null }).exportTemplate({ id: 'hop-giao-ban-tuan' })).toEqual({ status: 'cancelled' });
  });
});

describe('the calls through the contract', () => {
  it('refuses a template the schema refuses before anything is stored, and an id that is a path', async () => {
    const table = createTemplateHandlers({ templates: createOwnTemplateStore(dir), dialogs: {} as Dialogs, settings: { getLocale: () => 'vi' } as Settings }) as unknown as HandlerTable;
    const ctx = { window: {} } as never;
    const bad = { ...own('mau-x', 'Mẫu X'), sapo: '{khong_co}' };
    expect(await dispatch(table, 'saveTemplate', { template: bad, replace: false }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await dispatch(table, 'removeTemplate', { id: '../directory' }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    await expect(readdir(dir)).rejects.toThrow();
    const saved = await dispatch(table, 'saveTemplate', { template: own('mau-x', 'Mẫu X'), replace: false }, ctx);
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved', template: { id: 'mau-x' } } });
    expect(await dispatch(table, 'listTemplates', {}, ctx)).toMatchObject({ ok: true, value: { templates: [{ id: 'mau-x' }], skipped: [] } });
  });
});

describe('where the data folder is', () => {
  it('is where Electron puts userData for the app name of package.json', async () => {
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '../../../package.json'), 'utf8'));
    expect(pkg.productName).toBe(APP_DATA_NAME);
    expect(userDataPath('linux', {}, '/home/lan')).toBe('/home/lan/.config/Soạn Tin');
    expect(userDataPath('linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/lan')).toBe('/data/cfg/Soạn Tin');
    expect(userDataPath('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/lan')).toBe('/home/lan/.config/Soạn Tin');
    expect(userDataPath('darwin', {}, '/Users/lan')).toBe('/Users/lan/Library/Application Support/Soạn Tin');
    expect(userDataPath('win32', { APPDATA: 'C:\\Users\\Lan\\AppData\\Roaming' }, 'C:\\Users\\Lan')).toBe('C:\\Users\\Lan\\AppData\\Roaming\\Soạn Tin');
    expect(userDataPath('win32', {}, 'C:\\Users\\Lan')).toBe('C:\\Users\\Lan\\AppData\\Roaming\\Soạn Tin');
    expect(ownTemplatesFolder('C:\\Users\\Lan\\AppData\\Roaming\\Soạn Tin', 'win32')).toBe('C:\\Users\\Lan\\AppData\\Roaming\\Soạn Tin\\templates');
  });

  it('is overridden by --templates-dir, then SOAN_TIN_TEMPLATES_DIR', () => {
    expect(cliTemplatesFolder('/tmp/a', 'linux', { SOAN_TIN_TEMPLATES_DIR: '/tmp/b' }, '/home/lan')).toBe('/tmp/a');
    expect(cliTemplatesFolder(null, 'linux', { SOAN_TIN_TEMPLATES_DIR: '/tmp/b' }, '/home/lan')).toBe('/tmp/b');
    expect(cliTemplatesFolder(null, 'linux', {}, '/home/lan')).toBe('/home/lan/.config/Soạn Tin/templates');
  });
});

describe('the id a name gives', () => {
  it('folds Vietnamese letters, keeps 64 characters at most, and has a fallback', () => {
    expect(templateIdFor('Họp giao ban tuần')).toBe('hop-giao-ban-tuan');
    expect(templateIdFor('Đoàn công tác ĐBQH tỉnh')).toBe('doan-cong-tac-dbqh-tinh');
    expect(templateIdFor('Họp giao ban tuần'.normalize('NFD'))).toBe('hop-giao-ban-tuan');
    expect(templateIdFor('!!!')).toBe('mau');
    const long = templateIdFor('Hội nghị Ban Chấp hành Đảng bộ tỉnh sơ kết giữa nhiệm kỳ thực hiện nghị quyết đại hội');
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^hoi-nghi-ban-chap-hanh-dang-bo-tinh-so-ket-giua-nhiem-ky[a-z-]*[a-z]$/);
  });
});
