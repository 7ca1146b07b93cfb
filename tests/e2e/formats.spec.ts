import { readDraft } from '../../electron/services/draft/draft-files';
import { expect, mod, test } from './harness/fixtures';
import { pasteHtml as paste } from './harness/paste';


test('superscript, subscript and strikethrough: from the menu, the keys and a paste, saved and opened again', async ({ app }) => {
  await app.launch();
  const { page } = app;
  await app.body().click();
  await page.keyboard.type('Diện tích 120 m');
  await page.getByTestId('tb-more').click();
  await page.getByTestId('format-superscript').click();
  await page.keyboard.type('2');
  await page.keyboard.press(`${mod}+Shift+Equal`);
  await page.keyboard.type(', khí CO');
  await page.keyboard.press(`${mod}+Equal`);
  await page.keyboard.type('2');
  await page.keyboard.press(`${mod}+Equal`);
  await page.keyboard.type(' giảm; ');
  await page.keyboard.press(`${mod}+Shift+x`);
  await page.keyboard.type('65 tỷ');
  await page.keyboard.press(`${mod}+Shift+x`);
  await page.keyboard.type(' 76 tỷ.');
  await page.keyboard.press('Enter');
  await paste(page, '<p>Word: H<sub>2</sub>O, 10<sup>6</sup>, <s>cũ</s> <del>bỏ</del> <strike>xóa</strike> <span style="vertical-align:super">3</span></p>');
  await expect(app.body().locator('sup')).toHaveText(['2', '6', '3']);
  await expect(app.body().locator('sub')).toHaveText(['2', '2']);
  await expect(app.body().locator('.st-strike')).toHaveText(['65 tỷ', 'cũ', 'bỏ', 'xóa']);
  await app.screenshot('formats');

  const path = app.bridge.path('dinh-dang.tinbai');
  app.bridge.answerSave(path);
  await page.keyboard.press(`${mod}+s`);
  await expect.poll(() => app.bridge.dirty).toBe(false);
  const saved = JSON.stringify((await readDraft(path)).body);
  expect(saved).toContain('"format":64');
  expect(saved).toContain('"format":32');
  expect(saved).toContain('"format":4');

  await app.restart({ launchFile: path });
  await expect(app.body().locator('sup')).toHaveText(['2', '6', '3']);
  await expect(app.body().locator('sub')).toHaveText(['2', '2']);
  await expect(app.body().locator('.st-strike')).toHaveCount(4);
  expect(app.problems).toEqual([]);
});
