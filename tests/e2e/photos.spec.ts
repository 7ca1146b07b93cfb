import { readFile, writeFile } from 'node:fs/promises';
import { zipNames as entryNames } from '../helpers/zip-names';
import { cameraJpeg, portraitJpeg, textNamedJpg } from '../fixtures/photos';
import { expect, mod, test } from './harness/fixtures';

test.describe('photos in the article', () => {
  test('Chèn ảnh…: photos become figures as each is ready, a bad one is listed with its reason, captions and photos survive save and reopen', async ({ app }) => {
    const camera = app.bridge.path('DSC_0799.jpg');
    const portrait = app.bridge.path('DSC05850.jpg');
    const notAPhoto = app.bridge.path('ghi-chu.jpg');
    await writeFile(camera, await cameraJpeg({ width: 3000, height: 2000, orientation: 6 }));
    await writeFile(portrait, await portraitJpeg());
    await writeFile(notAPhoto, textNamedJpg());

    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Các đại biểu dự hội nghị.');
    // The renderer's main thread stays free while the photos are made (Long Tasks API).
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    app.bridge.answerPhotos([camera, notAPhoto, portrait]);
    await page.keyboard.press(`${mod}+Shift+I`);

    await expect(app.body().getByTestId('figure')).toHaveCount(2);
    await expect(page.getByTestId('photo-failures')).toContainText('ghi-chu.jpg');
    await expect(page.getByTestId('photo-failures')).toContainText('không phải là ảnh');
    // The camera photo was turned upright: shot landscape with orientation 6, it shows portrait.
    const first = app.body().getByTestId('figure').first().locator('img');
    await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.naturalWidth > 0 && img.naturalHeight > img.naturalWidth)).toBe(true);
    const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
    expect(longest).toBeLessThan(50);

    await app.body().getByTestId('figure').first().getByLabel('Chú thích ảnh').fill('Các đại biểu dự hội nghị');
    await app.body().getByTestId('figure').nth(1).getByLabel('Chú thích ảnh').fill('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị');
    await app.screenshot('09-photos');

    // The Ảnh tab: both photos with their size and caption; the second becomes the main photo.
    await page.getByTestId('tab-photos').click();
    const items = page.getByTestId('photo-item');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('DSC_0799.jpg');
    await expect(items.first()).toContainText('1707 × 2560');
    await expect(items.nth(1)).toContainText('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị');
    await expect(items.first().getByRole('radio', { name: 'Ảnh đại diện' })).toBeChecked();
    await items.nth(1).getByRole('radio', { name: 'Ảnh đại diện' }).check();
    await app.screenshot('10-photos-panel');

    const file = app.bridge.path('co-anh.tinbai');
    app.bridge.answerSave(file);
    await page.keyboard.press(`${mod}+s`);
    await expect(page).not.toHaveTitle(/●/);
    const names = await entryNames(file);
    expect(names.filter((n) => /^media\/[0-9a-f]{64}\.jpg$/.test(n))).toHaveLength(2);
    // The camera file is only read.
    expect((await readFile(camera)).length).toBeGreaterThan(0);

    await app.restart({ launchFile: file });
    const figures = app.body().getByTestId('figure');
    await expect(figures).toHaveCount(2);
    await expect(figures.first().getByLabel('Chú thích ảnh')).toHaveText('Các đại biểu dự hội nghị');
    // The alt text the portal needs followed the caption, as nobody wrote another.
    await expect(figures.first().getByLabel('Mô tả ảnh (cho người khiếm thị)')).toHaveValue('Các đại biểu dự hội nghị');
    // ↑ moves the second photo above the first: one block of its own.
    await figures.nth(1).hover();
    await figures.nth(1).getByRole('button', { name: 'Chuyển ảnh lên' }).click();
    await expect(figures.first().getByLabel('Chú thích ảnh')).toHaveText('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị');
    await expect.poll(() => figures.nth(1).locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await app.page.getByTestId('tab-photos').click();
    await expect(app.page.getByTestId('photo-item').nth(1).getByRole('radio', { name: 'Ảnh đại diện' })).toBeChecked();
  });

  test('a photo dropped on the body becomes a figure; deleting it is undone in one step', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Ảnh kéo thả.');
    const bytes = [...(await cameraJpeg({ width: 1600, height: 1000, gps: true }))];
    await app.body().evaluate((body, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'DSC_0801.jpg', { type: 'image/jpeg' }));
      body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    const figure = app.body().getByTestId('figure');
    await expect(figure).toHaveCount(1);
    await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    await figure.getByRole('button', { name: 'Xóa ảnh' }).click();
    await expect(figure).toHaveCount(0);
    await app.body().click();
    await page.keyboard.press(`${mod}+z`);
    await expect(figure).toHaveCount(1);
  });

  test('Hủy stops a batch: the photos not yet started are not inserted', async ({ app }) => {
    const files: string[] = [];
    for (let i = 0; i < 6; i++) {
      files.push(app.bridge.path(`DSC_08${i}.jpg`));
      await writeFile(files[i], await cameraJpeg({ width: 4000, height: 2600, seed: i + 2 }));
    }
    await app.launch();
    const { page } = app;
    await app.body().click();
    app.bridge.answerPhotos(files);
    await page.getByTestId('tb-photo').click();
    await expect(page.getByTestId('photo-progress')).toBeVisible();
    await page.getByTestId('photo-cancel').click();
    await expect(page.getByTestId('photo-progress')).toHaveCount(0);
    const inserted = await app.body().getByTestId('figure').count();
    expect(inserted).toBeLessThan(6);
  });
});
