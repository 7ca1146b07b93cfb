import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import type { Locale } from '../../../shared/i18n/locale';
import { pathIdentity } from '../../../electron/services/path-identity';
import { createRecentFiles, withRecent } from '../../../electron/services/recent-files';
import { createSettings, settingsSchema, settingsStoreOptions } from '../../../electron/services/settings-store';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'soantin-settings-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

/** The store as the app has it after a restart: a fresh instance over the same file. */
const openStore = () => new Conf({ cwd, configName: 'settings', projectName: 'soan-tin', schema: settingsSchema });

function ticking(start = '2022-05-28T08:00:00.000Z') {
  let t = Date.parse(start);
  return () => new Date((t += 60_000));
}

describe('settings', () => {
  it('starts in Vietnamese', () => {
    expect(createSettings(openStore()).getLocale()).toBe('vi');
  });

  it('remembers English across a restart', async () => {
    createSettings(openStore()).setLocale('en');
    expect(createSettings(openStore()).getLocale()).toBe('en');
    expect(JSON.parse(await readFile(join(cwd, 'settings.json'), 'utf8')).locale).toBe('en');
  });

  it('refuses a language it does not have, keeping the current one', () => {
    const settings = createSettings(openStore());
    settings.setLocale('en');
    expect(() => settings.setLocale('fr' as Locale)).toThrow(AppError);
    expect(settings.getLocale()).toBe('en');
  });

  it.each([
    ['not JSON', '{"locale": "en", '],
    ['an unknown locale', '{"locale": "fr", "recentFiles": []}'],
    ['eleven recent files', JSON.stringify({ locale: 'en', recentFiles: Array.from({ length: 11 }, (_, i) => ({ path: `/d/${i}`, title: '', openedAt: '2022-05-28T08:00:00.000Z' })) })],
  ])('starts over in Vietnamese from a settings file with %s, instead of failing at launch', async (_what, content) => {
    await writeFile(join(cwd, 'settings.json'), content);
    const store = new Conf({ cwd, projectName: 'soan-tin', configName: 'settings', ...settingsStoreOptions });
    expect(createSettings(store).getLocale()).toBe('vi');
    expect(createRecentFiles(store).list()).toEqual([]);
  });

  it('the schema itself rejects a bad locale written behind our back', () => {
    expect(() => openStore().set('locale', 'fr')).toThrow();
  });
});

describe('recent files', () => {
  it('lists nothing at first', () => {
    expect(createRecentFiles(openStore()).list()).toEqual([]);
  });

  it('puts the last opened file first, with its title and time, and keeps it after a restart', () => {
    const recent = createRecentFiles(openStore(), ticking(), { platform: 'linux' });
    recent.add('/home/bientap/a.tinbai', 'Bài A');
    recent.add('/home/bientap/b.tinbai', 'Hội nghị Ban Thường vụ Tỉnh ủy');
    const list = createRecentFiles(openStore()).list();
    expect(list).toEqual([
      { path: '/home/bientap/b.tinbai', title: 'Hội nghị Ban Thường vụ Tỉnh ủy', openedAt: '2022-05-28T08:02:00.000Z' },
      { path: '/home/bientap/a.tinbai', title: 'Bài A', openedAt: '2022-05-28T08:01:00.000Z' },
    ]);
  });

  it('moves a reopened file to the top instead of listing it twice, with its new title', () => {
    const recent = createRecentFiles(openStore(), ticking(), { platform: 'linux' });
    recent.add('/d/a.tinbai', 'A');
    recent.add('/d/b.tinbai', 'B');
    recent.add('/d/a.tinbai', 'A (đã sửa)');
    expect(recent.list().map((f) => [f.path, f.title])).toEqual([
      ['/d/a.tinbai', 'A (đã sửa)'],
      ['/d/b.tinbai', 'B'],
    ]);
  });

  it('keeps the ten most recent', () => {
    const recent = createRecentFiles(openStore(), ticking(), { platform: 'linux' });
    for (let i = 1; i <= 13; i++) recent.add(`/d/bai-${i}.tinbai`, `Bài ${i}`);
    const list = createRecentFiles(openStore()).list();
    expect(list).toHaveLength(10);
    expect(list[0].path).toBe('/d/bai-13.tinbai');
    expect(list[9].path).toBe('/d/bai-4.tinbai');
  });

  it('treats different case as the same file on Windows and macOS, but not on Linux', () => {
    const win = createRecentFiles(openStore(), ticking(), { platform: 'win32' });
    win.add('C:\\Users\\Lan\\Tin bài\\Hội nghị.tinbai', 'cũ');
    win.add('c:/users/lan/TIN BÀI/hội nghị.tinbai', 'mới');
    expect(win.list().map((f) => f.title)).toEqual(['mới']);

    expect(pathIdentity('/Users/lan/Hội nghị.tinbai'.normalize('NFD'), 'darwin')).toBe(
      pathIdentity('/users/lan/HỘI NGHỊ.tinbai', 'darwin'),
    );
    const linux = withRecent(
      [{ path: '/d/Bai.tinbai', title: 'x', openedAt: '2022-05-28T08:00:00.000Z' }],
      { path: '/d/bai.tinbai', title: 'y', openedAt: '2022-05-28T08:01:00.000Z' },
      'linux',
    );
    expect(linux).toHaveLength(2);
  });

  it('ignores hand-edited entries that are not valid instead of failing', async () => {
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({
        locale: 'vi',
        recentFiles: [
          { path: '/d/tot.tinbai', title: 'Tốt', openedAt: '2022-05-28T08:00:00.000Z' },
          { path: '/d/xau.tinbai', title: 'Xấu', openedAt: 'hôm qua' },
        ],
      }),
    );
    expect(createRecentFiles(openStore()).list().map((f) => f.title)).toEqual(['Tốt']);
  });
});
