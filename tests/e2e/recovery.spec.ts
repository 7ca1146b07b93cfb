import { expect, test } from './harness/fixtures';

/** Unsaved work survives a crash or a power cut: it comes back on the next start. */
test.describe('recovery after a crash', () => {
  test('unsaved work is offered back on the next start, restored as unsaved, then saved for good', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await page.getByTestId('meta-title').fill('Tiếp xúc cử tri huyện Lý Nhân');
    await app.body().click();
    await page.keyboard.type('Sáng ngày 3/6/2022, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri.');
    // About two seconds after the last change, a recovery copy is written.
    await expect(page.getByTestId('save-status')).toContainText('Đã tự động lưu bản khôi phục lúc', { timeout: 8000 });
    expect(app.bridge.calls.filter((c) => c.method === 'writeRecovery' && c.ok).length).toBeGreaterThan(0);

    // The window dies without saving; the app starts again.
    await app.restart();
    const dialog = app.page.getByTestId('recovery-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Tiếp xúc cử tri huyện Lý Nhân');
    await app.screenshot('03-recovery-offer');
    await app.page.getByTestId('recovery-restore').click();
    await expect(dialog).toBeHidden();
    await expect(app.page.getByTestId('meta-title')).toHaveValue('Tiếp xúc cử tri huyện Lý Nhân');
    await expect(app.body()).toHaveText('Sáng ngày 3/6/2022, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri.');
    await expect(app.page.getByTestId('save-status')).toHaveText('Đã khôi phục');
    // Restored work is still unsaved work.
    await expect(app.page).toHaveTitle(/^● /);

    app.bridge.answerSave(app.bridge.path('ly-nhan.tinbai'));
    await app.page.keyboard.press(process.platform === 'darwin' ? 'Meta+s' : 'Control+s');
    await expect(app.page.getByTestId('save-status')).toHaveText('Đã lưu');

    // Once saved, nothing is offered again.
    await app.restart();
    await expect(app.body()).toHaveText('');
    await expect(app.page.getByTestId('recovery-dialog')).toHaveCount(0);
    expect(app.problems).toEqual([]);
  });

  test('typing without a pause still gets a recovery copy within fifteen seconds', async ({ app }) => {
    await app.launch();
    await app.body().click();
    const started = Date.now();
    // A steady typist: a letter every 400 ms, never the two-second pause the timer waits for.
    while (Date.now() - started < 17_000) {
      await app.page.keyboard.type('a');
      await app.page.waitForTimeout(400);
      if (app.bridge.calls.some((c) => c.method === 'writeRecovery' && c.ok)) break;
    }
    const elapsed = Date.now() - started;
    expect(app.bridge.calls.some((c) => c.method === 'writeRecovery' && c.ok)).toBe(true);
    expect(elapsed).toBeGreaterThan(14_000);
  });

  test('Escape puts the offer off: nothing is deleted, it comes back at the next start', async ({ app }) => {
    await app.launch();
    await app.body().click();
    await app.page.keyboard.type('Bài viết dở dang.');
    await expect(app.page.getByTestId('save-status')).toContainText('Đã tự động lưu', { timeout: 8000 });
    await app.restart();
    await expect(app.page.getByTestId('recovery-dialog')).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(app.page.getByTestId('recovery-dialog')).toHaveCount(0);
    await app.restart();
    await expect(app.page.getByTestId('recovery-dialog')).toContainText('Bài chưa đặt tên');
    await app.page.getByTestId('recovery-restore').click();
    await expect(app.body()).toHaveText('Bài viết dở dang.');
  });

  test('"Bỏ qua" discards the recovery copy for good', async ({ app }) => {
    await app.launch();
    await app.body().click();
    await app.page.keyboard.type('Bản nháp không cần nữa.');
    await expect(app.page.getByTestId('save-status')).toContainText('Đã tự động lưu', { timeout: 8000 });
    await app.restart();
    await app.page.getByTestId('recovery-discard').click();
    await expect(app.page.getByTestId('recovery-dialog')).toHaveCount(0);
    await expect(app.body()).toHaveText('');
    await app.restart();
    await expect(app.page.getByTestId('recovery-dialog')).toHaveCount(0);
  });
});
