import { readFile } from 'node:fs/promises';
import { decodeDraft } from '../../electron/services/draft/draft-codec';
import { expect, mod, test } from './harness/fixtures';

/**
 * A press officer's day with one article: write and format it, fill in its details, save it,
 * come back to it later and find everything as it was.
 */
test('write, format, fill the details, save, reopen: the same article comes back', async ({ app }) => {
  await app.launch();
  const { page } = app;
  await expect(page).toHaveTitle('Bài chưa đặt tên.tinbai — Soạn Tin');

  // Details: title and sapô on the page, the rest in the "Thông tin" panel.
  await page.getByTestId('meta-title').fill('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên');
  await page.getByTestId('meta-sapo').fill('Chiều ngày 28/5/2022, Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên.');
  await expect(page).toHaveTitle('● Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên.tinbai — Soạn Tin');
  await page.getByTestId('meta-category').fill('Tin hoạt động của Lãnh đạo Tỉnh');
  await page.getByTestId('meta-author').fill('Nguyễn Thị Hương');
  await page.getByTestId('meta-source').fill('Văn phòng Tỉnh ủy');
  await page.getByTestId('meta-date').fill('31/5/2022');
  await expect(page.getByTestId('date-line')).toHaveText('Thứ Ba, 31/5/2022');
  // A date that does not exist is refused with a hint and changes nothing.
  await page.getByTestId('meta-date').fill('31/6/2022');
  await expect(page.getByTestId('meta-date-hint')).toHaveText('Ngày không hợp lệ. Hãy gõ theo dạng ngày/tháng/năm, ví dụ 28/5/2022.');
  await expect(page.getByTestId('date-line')).toHaveText('Thứ Ba, 31/5/2022');
  await page.getByTestId('meta-date').fill('28/05/2022');
  await page.getByTestId('meta-keywords').focus();
  await expect(page.getByTestId('meta-date')).toHaveValue('28/5/2022');
  await page.getByTestId('meta-keywords').fill('Duy Tiên, Ban Thường vụ');

  // Body: a paragraph with bold, italic and underlined words.
  await app.body().click();
  await page.keyboard.type('Dự hội nghị có ');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('bà Lê Thị Thủy - Bí thư Tỉnh ủy');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('; ');
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.type('lãnh đạo UBND tỉnh');
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.type(' và ');
  await page.keyboard.press(`${mod}+u`);
  await page.keyboard.type('các sở, ngành');
  await page.keyboard.press(`${mod}+u`);
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');

  // A bulleted list of two items.
  await page.getByTestId('tb-ul').click();
  await page.keyboard.type('ban hành 07 nghị quyết;');
  await page.keyboard.press('Enter');
  await page.keyboard.type('triển khai 09 chương trình.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // leaves the list

  // A link on words already typed.
  await page.keyboard.type('Xem Cổng Thông tin tỉnh');
  for (let i = 0; i < 'Cổng Thông tin tỉnh'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press(`${mod}+k`);
  await page.getByTestId('link-url').fill('hanam.gov.vn');
  await page.getByTestId('link-apply').click();
  await expect(page.getByTestId('link-editor')).toBeHidden();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');

  // A table: the 3×3 table with a header row, two cells filled.
  await page.getByTestId('tb-table').click();
  await page.getByTestId('table-insert').click();
  await page.keyboard.type('Chỉ tiêu');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Năm 2021');

  const body = app.body();
  await expect(body.locator('strong, b').first()).toHaveText('bà Lê Thị Thủy - Bí thư Tỉnh ủy');
  await expect(body.locator('li')).toHaveText(['ban hành 07 nghị quyết;', 'triển khai 09 chương trình.']);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://hanam.gov.vn');
  await expect(body.locator('table tr')).toHaveCount(3);
  // The whole article's count: the body's 39 words, the title's 14 and the sapô's 18.
  await expect(page.getByTestId('word-count')).toHaveText('71 từ · 319 ký tự');
  await expect(page.getByTestId('save-status')).toHaveText('Chưa lưu');
  await app.screenshot('02-writing');

  // Save: Ctrl/Cmd+S on a new article asks where, offering the title as the file name.
  const file = app.bridge.path('duy-tien.tinbai');
  app.bridge.answerSave(file);
  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await expect(page).toHaveTitle('duy-tien.tinbai — Soạn Tin');
  expect(app.bridge.suggestedNames).toEqual(['Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên.tinbai']);
  expect(app.bridge.dirty).toBe(false);

  // The file on disk is a real draft holding what is on screen.
  const saved = await decodeDraft(await readFile(file));
  expect(saved.meta).toEqual({
    title: 'Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên',
    sapo: 'Chiều ngày 28/5/2022, Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên.',
    category: 'Tin hoạt động của Lãnh đạo Tỉnh',
    author: 'Nguyễn Thị Hương',
    source: 'Văn phòng Tỉnh ủy',
    date: '2022-05-28',
    keywords: ['Duy Tiên', 'Ban Thường vụ'],
  });

  // Later: the app starts again, the officer opens the draft with Ctrl/Cmd+O.
  await app.restart();
  await expect(app.page.getByTestId('meta-title')).toHaveValue('');
  app.bridge.answerOpen(file);
  await app.page.keyboard.press(`${mod}+o`);
  const page2 = app.page;
  await expect(page2.getByTestId('meta-title')).toHaveValue('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên');
  await expect(page2.getByTestId('meta-sapo')).toHaveValue('Chiều ngày 28/5/2022, Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên.');
  await expect(page2.getByTestId('meta-author')).toHaveValue('Nguyễn Thị Hương');
  await expect(page2.getByTestId('meta-source')).toHaveValue('Văn phòng Tỉnh ủy');
  await expect(page2.getByTestId('meta-date')).toHaveValue('28/5/2022');
  await expect(page2.getByTestId('meta-keywords')).toHaveValue('Duy Tiên, Ban Thường vụ');
  await expect(page2.getByTestId('date-line')).toHaveText('Thứ Bảy, 28/5/2022');
  const body2 = app.body();
  await expect(body2.locator('strong, b').first()).toHaveText('bà Lê Thị Thủy - Bí thư Tỉnh ủy');
  await expect(body2.locator('em, i').first()).toHaveText('lãnh đạo UBND tỉnh');
  await expect(body2.locator('u, .st-underline, [class*="underline"]').first()).toHaveText('các sở, ngành');
  await expect(body2.locator('ul li')).toHaveText(['ban hành 07 nghị quyết;', 'triển khai 09 chương trình.']);
  await expect(body2.locator('a')).toHaveText('Cổng Thông tin tỉnh');
  await expect(body2.locator('a')).toHaveAttribute('href', 'https://hanam.gov.vn');
  await expect(body2.locator('table tr').first().locator('th, td')).toHaveText(['Chỉ tiêu', 'Năm 2021', '']);
  // Opening is not editing: nothing to save, no marker in the title.
  await expect(page2).toHaveTitle('duy-tien.tinbai — Soạn Tin');
  await expect(page2.getByTestId('save-status')).toHaveText('Đã lưu');
  expect(app.problems).toEqual([]);
});

test('Save As writes a copy under a new name and the window follows it', async ({ app }) => {
  await app.launch();
  const { page } = app;
  await app.body().click();
  await page.keyboard.type('Bản thứ nhất.');
  const first = app.bridge.path('ban-1.tinbai');
  app.bridge.answerSave(first);
  await page.keyboard.press(`${mod}+s`);
  await expect(page).toHaveTitle('ban-1.tinbai — Soạn Tin');

  await page.keyboard.type(' Thêm một câu.');
  // A cancelled Save As changes nothing.
  app.bridge.answerSave(null);
  await page.keyboard.press(`${mod}+Shift+s`);
  await expect(page).toHaveTitle('● ban-1.tinbai — Soạn Tin');

  app.bridge.answerSave(app.bridge.path('ban-2')); // no extension typed: .tinbai is added
  await page.keyboard.press(`${mod}+Shift+s`);
  await expect(page).toHaveTitle('ban-2.tinbai — Soạn Tin');
  expect((await decodeDraft(await readFile(first))).body.root.children?.length).toBe(1);
  const second = await decodeDraft(await readFile(app.bridge.path('ban-2.tinbai')));
  expect(JSON.stringify(second.body)).toContain('Bản thứ nhất. Thêm một câu.');
  expect(JSON.stringify((await decodeDraft(await readFile(first))).body)).not.toContain('Thêm một câu');
});
