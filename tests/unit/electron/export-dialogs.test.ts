import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { createDialogs } from '../../../electron/dialogs';

function fakeDialog(open: { canceled: boolean; filePaths: string[] }, save: { canceled: boolean; filePath?: string }) {
  return {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => open),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => save),
  };
}

describe('the export dialogs', () => {
  it('a .zip: the slug in the documents folder, a ZIP filter, ".zip" added when the dialog left it off, no overwrite question of its own', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] }, { canceled: false, filePath: '/home/pv/Documents/hoi-nghi' });
    const win = { id: 1 };
    const dialogs = createDialogs(dialog as never, () => win as never, () => '/home/pv/Documents');
    expect(await dialogs.chooseExportTarget!('hoi-nghi.zip', 'zip', 'vi')).toBe('/home/pv/Documents/hoi-nghi.zip');
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(parent).toBe(win);
    expect(options).toMatchObject({ title: 'Xuất gói cho cổng (tệp .zip)', defaultPath: '/home/pv/Documents/hoi-nghi.zip', filters: [{ name: 'Tệp nén ZIP', extensions: ['zip'] }] });
    // The page asks before anything is replaced, the same way for a folder and a zip.
    expect(options.properties).not.toContain('showOverwriteConfirmation');
  });

  it('a folder: the name as typed, in English when chosen; cancelled is null', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] }, { canceled: false, filePath: 'D:\\Tin bai\\hoi-nghi' });
    const dialogs = createDialogs(dialog as never, () => null);
    expect(await dialogs.chooseExportTarget!('hoi-nghi', 'folder', 'en')).toBe('D:\\Tin bai\\hoi-nghi');
    const [options] = dialog.showSaveDialog.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({ title: 'Export the package for the portal (folder)', filters: [] });
    const cancelled = createDialogs(fakeDialog({ canceled: true, filePaths: [] }, { canceled: true }) as never, () => null);
    expect(await cancelled.chooseExportTarget!('x', 'zip', 'vi')).toBeNull();
  });

  it('a portal profile: one JSON file', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/home/pv/cong.json'] }, { canceled: true });
    expect(await createDialogs(dialog as never, () => null).chooseProfileFile!('vi')).toBe('/home/pv/cong.json');
    const [options] = dialog.showOpenDialog.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({ title: 'Nạp cấu hình cổng', filters: [{ name: 'Cấu hình cổng (JSON)', extensions: ['json', 'JSON'] }], properties: ['openFile'] });
  });
});
