import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cameraJpeg, portraitJpeg } from '../fixtures/photos';
import { SCREENSHOT_DIR, expect, mod, test, type AppSession } from './harness/fixtures';

const TITLE = 'Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên';
const SLUG = 'hoi-nghi-ban-thuong-vu-tinh-uy-lam-viec-voi-ban-thuong-vu-thi-uy-duy-tien';
const SAPO =
  'Chiều ngày 28/5/2022, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Thị ủy Duy Tiên về tình hình, kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV, nhiệm kỳ 2020-2025.';
const ATTENDEES =
  'Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; bà Đinh Thị Lụa - Phó Bí thư Thường trực Tỉnh ủy; ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh - Trưởng đoàn Đại biểu Quốc hội tỉnh; Ủy viên BTV Tỉnh ủy; lãnh đạo UBND tỉnh; đại diện lãnh đạo các sở, ngành; BTV Thị ủy Duy Tiên...';
const REPORT =
  'Thu nhập bình quân đầu người năm 2021 đạt 65,50 triệu đồng, tăng 12,93% so với năm 2020; giá trị sản xuất công nghiệp đạt trên 76.300 tỷ đồng, tăng 19,29% so với năm 2020. Tổng thu cân đối ngân sách nhà nước trên địa bàn đạt 1.259,84 tỷ đồng…';
const DIRECTIVE =
  'Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy đề nghị Ban Chấp hành, BTV Thị ủy Duy Tiên cần tập trung đánh giá, làm rõ những kết quả đã đạt được, sớm khắc phục tồn tại, hạn chế. Bí thư Tỉnh ủy cũng đề nghị Ban Chấp hành, BTV Thị ủy nghiêm túc tiếp thu ý kiến đóng góp của các đại biểu để hoàn thành tốt các chỉ tiêu, nhiệm vụ mà nghị quyết đại hội Đảng các cấp đã đề ra./.';
const CAPTIONS = ['Các đại biểu dự hội nghị', 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị'];

/** The reference article as an officer writes it: the header, a photo, the paragraphs, a second photo, the directive. */
async function writeReferenceArticle(app: AppSession, { title = TITLE }: { title?: string } = {}): Promise<void> {
  const { page } = app;
  const first = app.bridge.path('DSC_0799.jpg');
  const second = app.bridge.path('DSC05850.jpg');
  await writeFile(first, await cameraJpeg({ width: 2400, height: 1600 }));
  await writeFile(second, await portraitJpeg());

  if (title) await page.getByTestId('meta-title').fill(title);
  await page.getByTestId('meta-sapo').fill(SAPO);
  await page.getByTestId('meta-category').fill('Tin hoạt động của Lãnh đạo Tỉnh');
  await page.getByTestId('meta-date').fill('28/5/2022');

  await app.body().click();
  app.bridge.answerPhotos([first]);
  await page.keyboard.press(`${mod}+Shift+I`);
  await expect(app.body().getByTestId('figure')).toHaveCount(1);
  await page.keyboard.type(ATTENDEES);
  await page.keyboard.press('Enter');
  await page.keyboard.type(REPORT);
  await page.keyboard.press('Enter');
  app.bridge.answerPhotos([second]);
  await page.keyboard.press(`${mod}+Shift+I`);
  await expect(app.body().getByTestId('figure')).toHaveCount(2);
  await page.keyboard.type(DIRECTIVE);
  const figures = app.body().getByTestId('figure');
  for (const [i, caption] of CAPTIONS.entries()) await figures.nth(i).getByLabel('Chú thích ảnh').fill(caption);
}

async function openExport(app: AppSession) {
  await app.bridge.emit(app.page, 'onMenuCommand', { command: 'exportPackage' });
  const dialog = app.page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('the portal export', () => {
  test('Xuất gói cho cổng… to a folder: the checks first, then the package; preview.html opens offline and reads like the portal page', async ({ app }) => {
    await app.launch();
    await writeReferenceArticle(app);
    const { page } = app;

    const dialog = await openExport(app);
    await expect(dialog.getByTestId('export-blocking')).toHaveCount(0);
    await expect(dialog.getByTestId('export-profile')).toContainText('images/');
    await dialog.getByTestId('export-kind-folder').check();
    await app.screenshot('export-01-dialog');
    const target = app.bridge.path(SLUG);
    app.bridge.answerExport(target);
    await dialog.getByTestId('export-run').click();
    await expect(page.getByTestId('export-notice')).toContainText(`Đã xuất gói: ${target}`);
    expect(app.bridge.suggestedExports).toEqual([{ name: SLUG, kind: 'folder' }]);

    const names = (await readdir(target, { recursive: true })).map(String);
    expect(names).toEqual(expect.arrayContaining(['article.html', 'preview.html', 'metadata.json', 'README.txt', `images/${SLUG}-1-800.jpg`, `images/${SLUG}-2-480.jpg`]));
    const metadata = JSON.parse(await readFile(join(target, 'metadata.json'), 'utf8'));
    expect(metadata).toMatchObject({ title: TITLE, sapo: SAPO });

    // The preview, as the web team opens it: from the disk, nothing fetched from the network.
    const preview = await page.context().newPage();
    const fetched: string[] = [];
    preview.on('request', (r) => {
      if (!r.url().startsWith('file:')) fetched.push(r.url());
    });
    await preview.goto(pathToFileURL(join(target, 'preview.html')).href);
    await expect(preview.locator('h1')).toHaveText(TITLE);
    const paragraphs = await preview.locator('article p').allInnerTexts();
    expect(paragraphs.some((p) => p.includes('Dự hội nghị có bà Lê Thị Thủy'))).toBe(true);
    await expect(preview.locator('figure')).toHaveCount(2);
    await expect(preview.locator('figcaption')).toHaveText(CAPTIONS);
    for (const img of await preview.locator('figure img').all()) {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    }
    expect((await preview.locator('body').innerText()).trimEnd().endsWith('./.')).toBe(true);
    // Captions centred in italics, as on the portal.
    const caption = await preview.locator('figcaption').first().evaluate((el) => getComputedStyle(el));
    expect([caption.textAlign, caption.fontStyle]).toEqual(['center', 'italic']);
    await preview.setViewportSize({ width: 1100, height: 1500 });
    await preview.screenshot({ path: join(SCREENSHOT_DIR, 'export-02-preview.png'), fullPage: true });
    expect(fetched).toEqual([]);
    await preview.close();

    // Again to the same place: asked before anything is replaced; Hủy keeps the old package.
    const before = (await stat(join(target, 'article.html'))).mtimeMs;
    const again = await openExport(app);
    await again.getByTestId('export-kind-folder').check();
    app.bridge.answerExport(target);
    await again.getByTestId('export-run').click();
    await expect(page.getByTestId('export-exists')).toContainText(target);
    await page.getByTestId('export-keep').click();
    await expect(page.getByTestId('export-dialog')).toBeVisible();
    expect((await stat(join(target, 'article.html'))).mtimeMs).toBe(before);
    app.bridge.answerExport(target);
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-overwrite').click();
    await expect(page.getByTestId('export-notice')).toContainText('Đã xuất gói');
  });

  test('a blocking problem stops the export and lists it; a line takes the officer to the field or the photo', async ({ app }) => {
    await app.launch();
    await writeReferenceArticle(app, { title: '' });
    const { page } = app;
    await app.body().getByTestId('figure').nth(1).getByLabel('Mô tả ảnh (cho người khiếm thị)').fill(' ');

    const dialog = await openExport(app);
    const blocking = dialog.getByTestId('export-blocking');
    await expect(blocking).toContainText('Bài chưa có tiêu đề.');
    await expect(blocking).toContainText('Ảnh 2 chưa có mô tả thay thế (alt)');
    await expect(dialog.getByTestId('export-run')).toBeDisabled();
    await app.screenshot('export-03-blocking');

    await blocking.getByText('Bài chưa có tiêu đề.').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('meta-title')).toBeFocused();

    const reopened = await openExport(app);
    await reopened.getByTestId('export-blocking').getByText(/Ảnh 2/).click();
    await expect(app.body().getByTestId('figure').nth(1)).toHaveClass(/is-selected/);
    expect(app.bridge.suggestedExports).toEqual([]);
  });

  test('Ctrl/⌘+Shift+C puts the fragment on the clipboard as HTML and as text', async ({ app }) => {
    await app.launch();
    await writeReferenceArticle(app);
    await app.body().click();
    await app.page.keyboard.press(`${mod}+Shift+C`);
    await expect(app.page.getByTestId('export-notice')).toContainText('Đã sao chép HTML cho cổng');
    expect(app.bridge.clipboardWrites).toHaveLength(1);
    const [{ html, text }] = app.bridge.clipboardWrites;
    expect(html.startsWith(`<p><strong>${SAPO}</strong></p>`)).toBe(true);
    expect(html.match(/<figure>/g)).toHaveLength(2);
    expect(html).not.toMatch(/style=|class=|white-space/);
    expect(text).toContain(ATTENDEES);
  });
});
