import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { createDialogs } from '../../../electron/dialogs';
import { createExternalLinks } from '../../../electron/external-links';

function fakeDialog(open: { canceled: boolean; filePaths: string[] }, save: { canceled: boolean; filePath?: string }) {
  return {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => open),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => save),
  };
}

describe('createDialogs', () => {
  it('opens drafts only, titled in Vietnamese, attached to the window', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/home/pv/hoi-nghi.tinbai'] }, { canceled: true });
    const win = { id: 1 };
    const dialogs = createDialogs(dialog as never, () => win as never, () => '/home/pv/Documents');

    expect(await dialogs.chooseDraftToOpen('vi')).toBe('/home/pv/hoi-nghi.tinbai');
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      title: 'Mở bản thảo',
      defaultPath: '/home/pv/Documents',
      filters: [{ name: 'Bản thảo Soạn Tin', extensions: ['tinbai'] }],
      properties: ['openFile'],
    });
  });

  it('speaks English when the user chose English', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] }, { canceled: true });
    await createDialogs(dialog as never, () => null).chooseDraftToOpen('en');
    const [options] = dialog.showOpenDialog.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({ title: 'Open draft', filters: [{ name: 'Soạn Tin draft', extensions: ['tinbai'] }] });
  });

  it('reports a cancelled Open as null', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] }, { canceled: true });
    expect(await createDialogs(dialog as never, () => null).chooseDraftToOpen('vi')).toBeNull();
  });

  it('suggests the file name in the documents folder when saving', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] }, { canceled: false, filePath: '/home/pv/Documents/Tin.tinbai' });
    const dialogs = createDialogs(dialog as never, () => null, () => '/home/pv/Documents');
    expect(await dialogs.chooseSavePath('Hội nghị Tỉnh ủy.tinbai', 'vi')).toBe('/home/pv/Documents/Tin.tinbai');
    const [options] = dialog.showSaveDialog.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({
      title: 'Lưu bản thảo',
      defaultPath: '/home/pv/Documents/Hội nghị Tỉnh ủy.tinbai',
      filters: [{ name: 'Bản thảo Soạn Tin', extensions: ['tinbai'] }],
    });
  });

  it('the leader directory: imports Excel, CSV or JSON; exports by the extension chosen, an Excel workbook for a name without one', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/home/pv/danh-ba.xlsx'] }, { canceled: false, filePath: '/home/pv/Documents/danh-ba' });
    const dialogs = createDialogs(dialog as never, () => null, () => '/home/pv/Documents');
    expect(await dialogs.chooseDirectoryFile?.('vi')).toBe('/home/pv/danh-ba.xlsx');
    const [open] = dialog.showOpenDialog.mock.calls[0] as [Record<string, unknown>];
    expect(open).toMatchObject({ title: 'Nhập danh bạ lãnh đạo', filters: [{ name: 'Danh bạ (Excel, CSV, JSON)', extensions: expect.arrayContaining(['xlsx', 'csv', 'json']) }] });

    expect(await dialogs.chooseDirectoryExportPath?.('danh-ba-lanh-dao.xlsx', 'vi')).toBe('/home/pv/Documents/danh-ba.xlsx');
    const [save] = dialog.showSaveDialog.mock.calls[0] as [Record<string, unknown>];
    expect(save).toMatchObject({
      title: 'Xuất danh bạ lãnh đạo',
      defaultPath: '/home/pv/Documents/danh-ba-lanh-dao.xlsx',
      filters: [
        { name: 'Sổ làm việc Excel', extensions: ['xlsx'] },
        { name: 'CSV cho Excel', extensions: ['csv'] },
        { name: 'JSON', extensions: ['json'] },
      ],
    });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/pv/Documents/danh-ba.CSV' });
    expect(await dialogs.chooseDirectoryExportPath?.('danh-ba-lanh-dao.xlsx', 'vi')).toBe('/home/pv/Documents/danh-ba.CSV');
  });

  it('reports a cancelled Save as null', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] }, { canceled: true, filePath: '' });
    expect(await createDialogs(dialog as never, () => null).chooseSavePath('x.tinbai', 'vi')).toBeNull();
  });
});

describe('createExternalLinks', () => {
  it('opens web links in the browser', async () => {
    const openExternal = vi.fn(async () => {});
    expect(await createExternalLinks(openExternal).open('https://baochinhphu.vn/')).toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://baochinhphu.vn/');
  });

  it('never hands the system anything but a web link', async () => {
    const openExternal = vi.fn(async () => {});
    const links = createExternalLinks(openExternal);
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'smb://host/share', 'https://a:b@example.com']) {
      expect(await links.open(url), url).toBe(false);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('says it did not open when the system could not', async () => {
    const links = createExternalLinks(async () => {
      throw new Error('no browser');
    });
    expect(await links.open('https://example.com/')).toBe(false);
  });
});

describe('Save As when the dialog does not add .tinbai (Linux)', () => {
  function saveDialog(...answers: string[]) {
    const showSaveDialog = vi.fn(async (..._args: unknown[]) => {
      const next = answers.shift();
      return next === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: next };
    });
    return { showOpenDialog: vi.fn(), showSaveDialog };
  }
  const defaultPathOf = (call: unknown[]) => (call[0] as { defaultPath: string }).defaultPath;

  it('adds the extension when the name is free', async () => {
    const dialog = saveDialog('/home/pv/ban-2');
    const dialogs = createDialogs(dialog as never, () => null, () => '/home/pv', () => false);
    expect(await dialogs.chooseSavePath('Bài.tinbai', 'vi')).toBe('/home/pv/ban-2.tinbai');
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
  });

  it('asks again, with the full name, when a draft of that name exists, so the dialog asks about replacing it', async () => {
    const dialog = saveDialog('/home/pv/ban-2', '/home/pv/ban-2.tinbai');
    const exists = vi.fn((file: string) => file === '/home/pv/ban-2.tinbai');
    const dialogs = createDialogs(dialog as never, () => null, () => '/home/pv', exists);
    expect(await dialogs.chooseSavePath('Bài.tinbai', 'vi')).toBe('/home/pv/ban-2.tinbai');
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(2);
    expect(defaultPathOf(dialog.showSaveDialog.mock.calls[1])).toBe('/home/pv/ban-2.tinbai');
    expect(dialog.showSaveDialog.mock.calls[1][0]).toMatchObject({ properties: expect.arrayContaining(['showOverwriteConfirmation']) });
  });

  it('saves nothing when the user cancels the second dialog', async () => {
    const dialog = saveDialog('/home/pv/ban-2');
    const dialogs = createDialogs(dialog as never, () => null, () => '/home/pv', () => true);
    expect(await dialogs.chooseSavePath('Bài.tinbai', 'vi')).toBeNull();
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(2);
  });

  it('does not ask again for a name typed with the extension: the dialog already asked', async () => {
    const dialog = saveDialog('/home/pv/ban-2.TINBAI');
    const dialogs = createDialogs(dialog as never, () => null, () => '/home/pv', () => true);
    expect(await dialogs.chooseSavePath('Bài.tinbai', 'vi')).toBe('/home/pv/ban-2.TINBAI');
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
  });
});
