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
    // The page's timers and its monotonic clock are Playwright's: fifteen seconds pass at once.
    await app.page.clock.install();
    await app.launch();
    const { page } = app;
    await app.body().click();
    const start = await page.evaluate(() => performance.now());
    await page.clock.pauseAt(Date.now() + 60_000); // from here the page's time moves only when told
    const fakeNow = async () => (await page.evaluate(() => performance.now())) - start;
    const copies = () => app.bridge.calls.filter((c) => c.method === 'writeRecovery' && c.ok).length;
    const t0 = await fakeNow();

    // A steady typist: a letter every 1.5 s, never the two-second pause the copy waits for.
    for (let i = 0; i < 9; i += 1) {
      await page.keyboard.type('a');
      await page.clock.runFor(1500);
    }
    // The tenth letter at 13.5 s; at 14.9 s there is no copy yet (the pause rule never fired).
    await page.keyboard.type('a');
    await page.clock.runFor(Math.max(0, t0 + 14_900 - (await fakeNow())));
    expect(copies()).toBe(0);
    await page.clock.runFor(400); // 15.3 s: past the fifteen seconds, only 1.8 s after the last letter
    await expect.poll(copies).toBe(1);
    await expect(page.getByTestId('save-status')).toContainText('Đã tự động lưu bản khôi phục lúc');
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
