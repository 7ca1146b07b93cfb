import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { messagesFor } from '../../../shared/i18n/catalog';
import type { Locale } from '../../../shared/i18n/locale';
import type { RecentFile } from '../../../shared/ipc/contract';
import { buildMenuTemplate, recentFileLabel } from '../../../electron/menu-template';
import { MAX_RECENT_FILES } from '../../../electron/services/settings-store';

type Item = MenuItemConstructorOptions;

function build(options: { platform?: NodeJS.Platform; recentFiles?: RecentFile[]; locale?: Locale; developer?: boolean } = {}) {
  const send = vi.fn();
  const chooseLocale = vi.fn();
  const locale = options.locale ?? 'vi';
  const template = buildMenuTemplate({
    messages: messagesFor(locale).menu,
    platform: options.platform ?? 'win32',
    recentFiles: options.recentFiles ?? [],
    locale,
    send,
    chooseLocale,
    developer: options.developer,
  });
  return { template, send, chooseLocale };
}

function submenu(item: Item | undefined): Item[] {
  const sub = item?.submenu;
  if (!Array.isArray(sub)) throw new Error(`no submenu under ${item?.label}`);
  return sub;
}

function find(items: Item[], label: string): Item {
  for (const item of items) {
    if (item.label === label) return item;
    if (Array.isArray(item.submenu)) {
      try {
        return find(item.submenu, label);
      } catch {
        /* keep looking */
      }
    }
  }
  throw new Error(`no menu item "${label}"`);
}

function click(item: Item) {
  (item.click as () => void)();
}

const recent: RecentFile[] = [
  { path: 'D:\\Tin bai\\hoi-nghi.tinbai', title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 8', openedAt: '2024-05-28T08:00:00.000Z' },
  { path: '/home/pv/ban-thao/khong-ten.tinbai', title: '', openedAt: '2024-05-27T08:00:00.000Z' },
];

describe('buildMenuTemplate', () => {
  it('shows the top-level menus in Vietnamese', () => {
    const { template } = build();
    expect(template.map((i) => i.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Công cụ', 'Trợ giúp']);
    expect(submenu(template[0]).filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'Mới',
      'Bài mới theo mẫu…',
      'Mở…',
      'Mở gần đây',
      'Lưu',
      'Lưu thành…',
      'Lưu làm mẫu…',
      'Nhập tệp…',
      'Nhập mẫu…',
      'In…',
      'Xuất PDF…',
      'Xuất gói cho cổng…',
      'Sao chép HTML cho cổng',
      'Thoát',
    ]);
  });

  it('Công cụ holds Chuyển mã… and Kiểu bỏ dấu…, and they, like Nhập tệp…, reach the page as menu commands', () => {
    const { template, send } = build();
    const tools = submenu(template[3]);
    expect(tools.map((i) => i.label)).toEqual(['Chuyển mã…', 'Kiểu bỏ dấu…']);
    for (const item of tools) (item.click as () => void)();
    (submenu(template[0]).find((i) => i.label === 'Nhập tệp…')!.click as () => void)();
    expect(send.mock.calls).toEqual([
      ['onMenuCommand', { command: 'convertEncoding' }],
      ['onMenuCommand', { command: 'toneStyle' }],
      ['onMenuCommand', { command: 'importFile' }],
    ]);
  });

  it('follows the chosen language', () => {
    const { template } = build({ locale: 'en' });
    expect(template.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Tools', 'Help']);
  });

  it('shows every shortcut, leaving the page to handle the keys it already handles', () => {
    const { template } = build({ platform: 'win32' });
    const expected: Record<string, string> = {
      Mới: 'CmdOrCtrl+N',
      'Bài mới theo mẫu…': 'CmdOrCtrl+Shift+N',
      'Mở…': 'CmdOrCtrl+O',
      Lưu: 'CmdOrCtrl+S',
      'Lưu thành…': 'CmdOrCtrl+Shift+S',
      'Hoàn tác': 'CmdOrCtrl+Z',
      'Làm lại': 'CmdOrCtrl+Y',
      Đậm: 'CmdOrCtrl+B',
      Nghiêng: 'CmdOrCtrl+I',
      'Gạch chân': 'CmdOrCtrl+U',
      'Chèn liên kết…': 'CmdOrCtrl+K',
    };
    for (const [label, accelerator] of Object.entries(expected)) {
      const item = find(template, label);
      expect(item.accelerator, label).toBe(accelerator);
      expect(item.registerAccelerator, label).toBe(false);
    }
  });

  it('uses Shift+Cmd+Z for redo on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(find(template, 'Làm lại').accelerator).toBe('Shift+CmdOrCtrl+Z');
  });

  it('sends the page a menu command when an item is clicked', () => {
    const { template, send } = build();
    const commands: Record<string, string> = {
      Mới: 'new',
      'Mở…': 'open',
      Lưu: 'save',
      'Lưu thành…': 'saveAs',
      'Hoàn tác': 'undo',
      'Làm lại': 'redo',
      Đậm: 'bold',
      Nghiêng: 'italic',
      'Gạch chân': 'underline',
      'Chèn liên kết…': 'link',
      'Giới thiệu Soạn Tin': 'about',
    };
    for (const [label, command] of Object.entries(commands)) {
      send.mockClear();
      click(find(template, label));
      expect(send, label).toHaveBeenCalledExactlyOnceWith('onMenuCommand', { command });
    }
  });

  it('leaves cut, copy, paste and select all to the system, with Vietnamese labels', () => {
    const { template } = build();
    expect(find(template, 'Cắt').role).toBe('cut');
    expect(find(template, 'Sao chép').role).toBe('copy');
    expect(find(template, 'Dán').role).toBe('paste');
    expect(find(template, 'Chọn tất cả').role).toBe('selectAll');
  });

  it('Xuất gói cho cổng… and Sao chép HTML cho cổng (Ctrl/⌘+Shift+C, handled by the page) reach the page as menu commands', () => {
    const { template, send } = build();
    const exportItem = find(template, 'Xuất gói cho cổng…');
    const copyItem = find(template, 'Sao chép HTML cho cổng');
    expect(exportItem.enabled).not.toBe(false);
    expect([copyItem.accelerator, copyItem.registerAccelerator]).toEqual(['CmdOrCtrl+Shift+C', false]);
    click(exportItem);
    click(copyItem);
    expect(send.mock.calls).toEqual([
      ['onMenuCommand', { command: 'exportPackage' }],
      ['onMenuCommand', { command: 'copyPortalHtml' }],
    ]);
  });

  it('lists recent drafts by title (or file name) and asks the page to open the one clicked', () => {
    const { template, send } = build({ recentFiles: recent });
    const items = submenu(find(template, 'Mở gần đây'));
    expect(items.map((i) => i.label)).toEqual(['Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 8', 'khong-ten.tinbai']);
    click(items[1]);
    expect(send).toHaveBeenCalledExactlyOnceWith('onOpenFileRequest', { path: '/home/pv/ban-thao/khong-ten.tinbai' });
  });

  it('shows as many recent drafts as the list keeps, no more', () => {
    const many = Array.from({ length: MAX_RECENT_FILES + 3 }, (_, i) => ({ ...recent[0], path: `/bai-${i}.tinbai`, title: `Bài ${i}` }));
    expect(submenu(find(build({ recentFiles: many }).template, 'Mở gần đây'))).toHaveLength(MAX_RECENT_FILES);
  });

  it('says there are no recent drafts yet', () => {
    const { template } = build();
    const items = submenu(find(template, 'Mở gần đây'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ label: '(Chưa có tệp nào)', enabled: false });
  });

  it('keeps an ampersand in a title literal on Windows and Linux', () => {
    const file = { path: '/x.tinbai', title: 'Nông nghiệp & Phát triển nông thôn', openedAt: '2024-05-28T08:00:00.000Z' };
    expect(submenu(find(build({ recentFiles: [file] }).template, 'Mở gần đây'))[0].label).toBe(
      'Nông nghiệp && Phát triển nông thôn',
    );
    expect(submenu(find(build({ platform: 'darwin', recentFiles: [file] }).template, 'Mở gần đây'))[0].label).toBe(
      'Nông nghiệp & Phát triển nông thôn',
    );
  });

  it('offers both languages as radio items, the current one checked', () => {
    const { template, chooseLocale } = build({ locale: 'vi' });
    const languages = submenu(find(template, 'Ngôn ngữ'));
    expect(languages.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['Tiếng Việt', 'radio', true],
      ['English', 'radio', false],
    ]);
    click(languages[1]);
    expect(chooseLocale).toHaveBeenCalledExactlyOnceWith('en');
  });

  it('has zoom and full screen in Xem', () => {
    const { template } = build();
    const roles = submenu(template[2]).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(find(template, 'Toàn màn hình').role).toBe('togglefullscreen');
  });

  it('puts the app menu first on macOS only, with quit there instead of in Tệp', () => {
    const mac = build({ platform: 'darwin' }).template;
    expect(mac.map((i) => i.label)).toEqual(['Soạn Tin', 'Tệp', 'Sửa', 'Xem', 'Công cụ', 'Trợ giúp']);
    expect(submenu(mac[0]).some((i) => i.role === 'quit')).toBe(true);
    expect(submenu(mac[1]).some((i) => i.role === 'quit')).toBe(false);

    for (const platform of ['win32', 'linux'] as const) {
      const other = build({ platform }).template;
      expect(other[0].label).toBe('Tệp');
      expect(submenu(other[0]).find((i) => i.role === 'quit')?.label).toBe('Thoát');
    }
  });

  it('offers developer tools only in an unpackaged run', () => {
    const roles = (developer: boolean) => submenu(build({ developer }).template[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

describe('recentFileLabel', () => {
  it('shortens a very long title', () => {
    const label = recentFileLabel({ path: '/a.tinbai', title: 'Đ'.repeat(100) });
    expect(label).toHaveLength(60);
    expect(label.endsWith('…')).toBe(true);
  });
  it('uses the Windows file name when there is no title', () => {
    expect(recentFileLabel({ path: 'C:\\Users\\pv\\bai viet.tinbai', title: '  ' })).toBe('bai viet.tinbai');
  });
});
