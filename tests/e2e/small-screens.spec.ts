import { expect, mod, test } from './harness/fixtures';

test.describe('small and wide screens', () => {
  test('at 1366×768 the side panel folds away and stays so after a restart; Ctrl/⌘+\\ brings it back', async ({ app }) => {
    await app.page.setViewportSize({ width: 1366, height: 768 });
    await app.launch();
    const { page } = app;
    const pane = page.locator('.article-pane');
    const before = (await pane.boundingBox())!.width;
    await page.getByTestId('panel-collapse').click();
    await expect(page.locator('.side-panel')).toHaveCount(0);
    await expect.poll(async () => (await pane.boundingBox())!.width).toBeGreaterThan(before + 250);
    await app.screenshot('11-panel-folded-1366');

    await app.restart();
    await app.page.setViewportSize({ width: 1366, height: 768 });
    await expect(app.page.getByTestId('panel-reopen')).toBeVisible();
    await expect(app.page.locator('.side-panel')).toHaveCount(0);
    await app.body().click();
    await app.page.keyboard.press(`${mod}+\\`);
    await expect(app.page.locator('.side-panel')).toBeVisible();
  });

  test('at 1920×1080 the toolbar sits over the article column', async ({ app }) => {
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await app.launch();
    const toolbar = (await app.page.locator('.st-toolbar').boundingBox())!;
    const column = (await app.page.locator('.article-column').boundingBox())!;
    expect(Math.abs(toolbar.x - column.x)).toBeLessThan(40);
    await app.screenshot('12-wide-1920');
  });
});
