import { readFile } from 'node:fs/promises';
import { decodeDraft } from '../../electron/services/draft/draft-codec';
import { expect, mod, test } from './harness/fixtures';

/** The saves and closes the page asked the main process for, in order. */
const saveAndClose = (bridge: { calls: { method: string }[] }) =>
  bridge.calls.map((c) => c.method).filter((m) => m === 'saveDocument' || m === 'closeWindow');

/** The window's own behaviour: closing with unsaved work, the menu, the language. */
test.describe('the window', () => {
  test('closing a clean window closes at once', async ({ app }) => {
    await app.launch();
    await app.bridge.emit(app.page, 'onCloseRequested', {});
    await expect.poll(() => app.bridge.closed).toBe(true);
    await expect(app.page.getByTestId('unsaved-dialog')).toHaveCount(0);
  });

  test('closing with unsaved work asks first: Hủy keeps it, Lưu saves then closes', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await page.getByTestId('meta-title').fill('Hội nghị giao ban báo chí');
    await app.body().click();
    await page.keyboard.type('Chiều ngày 28/11/2026, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban báo chí.');
    await expect.poll(() => app.bridge.dirty).toBe(true);

    await app.bridge.emit(page, 'onCloseRequested', {});
    const dialog = page.getByTestId('unsaved-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Hội nghị giao ban báo chí.tinbai');
    await app.screenshot('05-unsaved-question');
    await page.getByTestId('unsaved-cancel').click();
    await expect(dialog).toHaveCount(0);
    await expect(app.body()).toContainText('giao ban báo chí');

    await app.bridge.emit(page, 'onCloseRequested', {});
    const file = app.bridge.path('giao-ban.tinbai');
    app.bridge.answerSave(file);
    await page.getByTestId('unsaved-save').click();
    // The window is asked to close once, after the save: "Hủy" asked for nothing.
    await expect.poll(() => saveAndClose(app.bridge)).toEqual(['saveDocument', 'closeWindow']);
    expect(app.bridge.closed).toBe(true);
    const saved = await decodeDraft(await readFile(file));
    expect(saved.meta.title).toBe('Hội nghị giao ban báo chí');
  });

  test('"Không lưu" closes without saving; cancelling the Save dialog keeps the window open', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Nháp');
    await app.bridge.emit(page, 'onCloseRequested', {});
    app.bridge.answerSave(null);
    await page.getByTestId('unsaved-save').click();
    await expect(page.getByTestId('unsaved-dialog')).toHaveCount(0);
    // The Save dialog was shown and its cancel came back to the page, which keeps the work.
    await expect.poll(() => app.bridge.calls.some((c) => c.method === 'saveDocument')).toBe(true);
    expect(app.bridge.suggestedNames).toHaveLength(1);
    await expect(page).toHaveTitle(/^● /);

    await app.bridge.emit(page, 'onCloseRequested', {});
    await page.getByTestId('unsaved-discard').click();
    // Only "Không lưu" closed the window: the cancelled save had asked for nothing.
    await expect.poll(() => saveAndClose(app.bridge)).toEqual(['saveDocument', 'closeWindow']);
    expect(app.bridge.closed).toBe(true);
  });

  test('work the officer chose not to save is not offered back at the next start', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Bản nháp bỏ đi.');
    await expect(page.getByTestId('save-status')).toContainText('Đã tự động lưu', { timeout: 8000 });
    await app.bridge.emit(page, 'onCloseRequested', {});
    await page.getByTestId('unsaved-discard').click();
    await expect.poll(() => app.bridge.closed).toBe(true);
    await app.restart();
    await expect(app.page.getByTestId('recovery-dialog')).toHaveCount(0);
  });

  test('Edit-menu Undo in the title undoes the title, not the body; Bold leaves the title alone', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Nội dung bài.');
    // The body keeps this selection while the title has the focus: a Bold that reached the
    // body would make all of it bold.
    await page.keyboard.press(`${mod}+a`);
    await page.getByTestId('meta-title').click();
    await page.keyboard.type('Tiêu đề');
    await app.bridge.emit(page, 'onMenuCommand', { command: 'bold' });
    await app.bridge.emit(page, 'onMenuCommand', { command: 'undo' });
    // The title's own typing was undone (how much is the field's undo step), the body kept.
    await expect(page.getByTestId('meta-title')).not.toHaveValue('Tiêu đề');
    expect('Tiêu đề'.startsWith(await page.getByTestId('meta-title').inputValue())).toBe(true);
    await expect(app.body()).toHaveText('Nội dung bài.');
    await expect(app.body().locator('strong, b')).toHaveCount(0);
  });

  test('menu commands reach the editor: bold, undo, new (asking about unsaved work)', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Bí thư Tỉnh ủy');
    await page.keyboard.press('Shift+Home');
    await app.bridge.emit(page, 'onMenuCommand', { command: 'bold' });
    await expect(app.body().locator('strong, b')).toHaveText('Bí thư Tỉnh ủy');
    await app.bridge.emit(page, 'onMenuCommand', { command: 'undo' });
    await expect(app.body().locator('strong, b')).toHaveCount(0);

    await app.bridge.emit(page, 'onMenuCommand', { command: 'new' });
    await expect(page.getByTestId('unsaved-dialog')).toBeVisible();
    await page.getByTestId('unsaved-discard').click();
    await expect(app.body()).toHaveText('');
    await expect(page).toHaveTitle('Bài chưa đặt tên.tinbai — Soạn Tin');
  });

  test('a draft handed over by the OS while running opens in the window', async ({ app }) => {
    const { validDraft, REFERENCE_TITLE } = await import('../fixtures/drafts');
    const { writeFile } = await import('node:fs/promises');
    const file = app.bridge.path('tu-explorer.tinbai');
    await writeFile(file, await validDraft());
    await app.launch();
    await app.bridge.emit(app.page, 'onOpenFileRequest', { path: file });
    await expect(app.page.getByTestId('meta-title')).toHaveValue(REFERENCE_TITLE);
    await expect(app.page).toHaveTitle('tu-explorer.tinbai — Soạn Tin');
  });

  test('the interface switches to English and keeps it after a restart', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await expect(page.getByTestId('tb-bold')).toHaveAttribute('aria-label', /Đậm/);
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('tb-bold')).toHaveAttribute('aria-label', /Bold/);
    await expect(page.getByTestId('meta-title')).toHaveAttribute('placeholder', 'Article title');
    await expect(page.getByTestId('lang-switch')).toHaveText('Tiếng Việt');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await app.screenshot('06-english');

    await app.restart();
    await expect(app.page.getByTestId('tb-bold')).toHaveAttribute('aria-label', /Bold/);
    await app.page.getByTestId('lang-switch').click();
    await expect(app.page.getByTestId('tb-bold')).toHaveAttribute('aria-label', /Đậm/);
  });
});
