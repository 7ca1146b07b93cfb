import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cameraJpeg, HALVES_BLUE, twoHalvesJpeg } from '../fixtures/photos';
import { colourDistance, meanColour } from '../unit/services/photos/pixels';
import { expect, mod, test, type AppSession } from './harness/fixtures';

const TITLE = 'Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên';
const SAPO = 'Chiều ngày 28/5/2022, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Thị ủy Duy Tiên về tình hình thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.';

async function box(locator: ReturnType<AppSession['page']['locator']>) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

/** The package's thumbnail, as the left and right quarters' mean colours. */
async function exportedThumbnail(app: AppSession, name: string) {
  await app.bridge.emit(app.page, 'onMenuCommand', { command: 'exportPackage' });
  const dialog = app.page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('export-kind-folder').check();
  const target = app.bridge.path(name);
  app.bridge.answerExport(target);
  await dialog.getByTestId('export-run').click();
  await expect(app.page.getByTestId('export-notice')).toContainText('Đã xuất gói');
  const file = (await readdir(join(target, 'images'))).find((f) => f.endsWith('-anh-thu-nho.jpg'))!;
  const bytes = await readFile(join(target, 'images', file));
  return {
    left: await meanColour(bytes, { left: 0, top: 0, width: 100, height: 300 }),
    right: await meanColour(bytes, { left: 300, top: 0, width: 100, height: 300 }),
  };
}

test.describe('the main photo’s thumbnail frame', () => {
  test('the frame starts on the striking part, is dragged, resized and moved by keys, survives save and reopen, and the export’s thumbnail follows it', async ({ app }) => {
    const hall = app.bridge.path('DSC_0799.jpg');
    const banner = app.bridge.path('DSC05850.jpg');
    await writeFile(hall, await cameraJpeg({ width: 2400, height: 1600, gps: false }));
    // Blue wall on the left half, a detailed red banner on the right: a 4:3 frame is one half.
    await writeFile(banner, await twoHalvesJpeg(2400, 900));

    await app.launch();
    const { page } = app;
    await page.getByTestId('meta-title').fill(TITLE);
    await page.getByTestId('meta-sapo').fill(SAPO);
    await page.getByTestId('meta-category').fill('Tin hoạt động của Lãnh đạo Tỉnh');
    await page.getByTestId('meta-date').fill('28/5/2022');
    await app.body().click();
    await page.keyboard.type('Dự hội nghị có bà Lê Thị Thủy - Bí thư Tỉnh ủy.');
    app.bridge.answerPhotos([hall, banner]);
    await page.keyboard.press(`${mod}+Shift+I`);
    const figures = app.body().getByTestId('figure');
    await expect(figures).toHaveCount(2);
    await figures.first().getByLabel('Chú thích ảnh').fill('Các đại biểu dự hội nghị');
    await figures.nth(1).getByLabel('Chú thích ảnh').fill('Pa-nô chào mừng hội nghị');
    await app.body().click();
    await page.keyboard.press(`${mod}+End`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Hội nghị kết thúc./.');

    // The Ảnh tab: the first photo is main and has the frame; choosing the banner moves the frame to it.
    await page.getByTestId('tab-photos').click();
    const items = page.getByTestId('photo-item');
    await expect(items.first().getByTestId('photo-crop')).toBeVisible();
    await expect(items.first().getByTestId('crop-frame')).toBeVisible();
    await expect(items.first().getByTestId('crop-state')).toHaveText('Khung do máy tự chọn');
    const preview = items.first().getByTestId('crop-preview').locator('img');
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await app.screenshot('photo-crop-00-camera');
    await items.nth(1).getByRole('radio', { name: 'Ảnh đại diện' }).check();
    await expect(items.first().getByTestId('photo-crop')).toHaveCount(0);
    const crop = items.nth(1).getByTestId('photo-crop');
    await expect(crop).toContainText('Ảnh thu nhỏ trên trang danh sách của cổng');
    const frame = crop.getByRole('group', { name: /Khung ảnh thu nhỏ/ });
    const stage = crop.getByTestId('crop-stage');
    await expect(frame).toBeVisible();
    await expect(crop.getByTestId('crop-state')).toHaveText('Khung do máy tự chọn');
    await expect(crop.getByRole('button', { name: 'Đặt lại' })).toBeDisabled();
    await expect(crop.getByTestId('crop-preview')).toBeVisible();

    // The first guess: the whole height, 4:3, drawn to the banner (right of the centre).
    const s = await box(stage);
    let f = await box(frame);
    expect(f.height).toBeCloseTo(s.height, 0);
    expect(f.width / f.height).toBeCloseTo(4 / 3, 1);
    expect(f.x + f.width / 2).toBeGreaterThan(s.x + s.width / 2 + 4);
    await app.screenshot('photo-crop-01-guess');
    // Choosing a photo is an edit; save it so the frame's own changes can be seen.
    const draft = app.bridge.path('khung-anh.tinbai');
    app.bridge.answerSave(draft);
    await page.keyboard.press(`${mod}+s`);
    await expect(page).not.toHaveTitle(/●/);

    const guessed = await exportedThumbnail(app, 'goi-tu-dong');
    expect(guessed.right.r).toBeGreaterThan(150);

    // The corner handle makes it smaller, keeping 4:3.
    const handle = crop.getByTestId('crop-handle');
    const h = await box(handle);
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x - 40, h.y - 10, { steps: 5 });
    await page.mouse.up();
    f = await box(frame);
    expect(f.height).toBeLessThan(s.height - 20);
    expect(f.width / f.height).toBeCloseTo(4 / 3, 1);
    await expect(page).toHaveTitle(/●/);
    await expect(crop.getByTestId('crop-state')).toHaveText('Khung đã chỉnh tay');

    // + brings it back to the whole height (never past the photo).
    await frame.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('+');
    f = await box(frame);
    expect(f.height).toBeCloseTo(s.height, 0);
    expect(f.y).toBeCloseTo(s.y, 0);

    // Dragged far to the left: it stops at the photo's left edge.
    await page.mouse.move(f.x + f.width / 2, f.y + f.height / 2);
    await page.mouse.down();
    await page.mouse.move(f.x + f.width / 2 - s.width, f.y + f.height / 2, { steps: 8 });
    await page.mouse.up();
    f = await box(frame);
    expect(f.x).toBeCloseTo(s.x, 0);
    // Shift+→ a big step right, ← back to the edge.
    await page.keyboard.press('Shift+ArrowRight');
    const stepped = await box(frame);
    expect(stepped.x - s.x).toBeCloseTo(s.width * 0.1, 0);
    await page.keyboard.press('Shift+ArrowLeft');
    f = await box(frame);
    expect(f.x).toBeCloseTo(s.x, 0);
    await app.screenshot('photo-crop-02-left');

    await page.keyboard.press(`${mod}+s`);
    await expect(page).not.toHaveTitle(/●/);

    // Reopened: the frame is where it was left.
    await app.restart({ launchFile: draft });
    await app.page.getByTestId('tab-photos').click();
    const again = app.page.getByTestId('photo-item').nth(1).getByTestId('photo-crop');
    await expect(again.getByTestId('crop-state')).toHaveText('Khung đã chỉnh tay');
    const s2 = await box(again.getByTestId('crop-stage'));
    const f2 = await box(again.getByTestId('crop-frame'));
    expect(f2.x).toBeCloseTo(s2.x, 0);
    expect(f2.height).toBeCloseTo(s2.height, 0);
    expect(f2.width / s2.width).toBeCloseTo(f.width / s.width, 2);

    // The export's thumbnail is now the blue left half, not the banner.
    const framed = await exportedThumbnail(app, 'goi-da-chinh');
    expect(colourDistance(framed.left, HALVES_BLUE)).toBeLessThan(20);
    expect(colourDistance(framed.right, HALVES_BLUE)).toBeLessThan(20);
    expect(colourDistance(framed.right, guessed.right)).toBeGreaterThan(80);

    // Đặt lại: back to the first guess, and the draft has a change to save.
    await again.getByRole('button', { name: 'Đặt lại' }).click();
    await expect(again.getByTestId('crop-state')).toHaveText('Khung do máy tự chọn');
    const f3 = await box(again.getByTestId('crop-frame'));
    expect(f3.x + f3.width / 2).toBeGreaterThan(s2.x + s2.width / 2 + 4);
    await expect(app.page).toHaveTitle(/●/);
  });
});
