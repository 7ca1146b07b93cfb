import { readFile, writeFile } from 'node:fs/promises';
import type { CDPSession, Locator, Page } from '@playwright/test';
import { decodeDraft } from '../../electron/services/draft/draft-codec';
import { fingerprint } from '../../shared/templates/fingerprint';
import { referenceArticle, validDraft } from '../fixtures/drafts';
import { cameraJpeg, portraitJpeg } from '../fixtures/photos';
import { expect, mod, test, type AppSession } from './harness/fixtures';

const CAPTIONS = ['Các đại biểu dự hội nghị', 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị'];
const THUY = { honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] };
/** The reference article's fields (README, "Templates"). */
const REFERENCE_FIELDS = {
  template: 'working-session',
  session: 'Chiều',
  date: '2022-05-28',
  place: '',
  host: 'Ban Thường vụ Tỉnh ủy',
  counterpart: 'Ban Thường vụ Thị ủy Duy Tiên',
  topic: 'tình hình, kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV, nhiệm kỳ 2020-2025',
  attendees: [
    THUY,
    { honorific: 'bà', name: 'Đinh Thị Lụa', titles: ['Phó Bí thư Thường trực Tỉnh ủy'] },
    { honorific: 'ông', name: 'Trương Quốc Huy', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Trưởng đoàn Đại biểu Quốc hội tỉnh'] },
    { group: 'Ủy viên BTV Tỉnh ủy' },
    { group: 'lãnh đạo UBND tỉnh' },
    { group: 'đại diện lãnh đạo các sở, ngành' },
    { group: 'BTV Thị ủy Duy Tiên' },
  ],
  directive: THUY,
};

/** A photo inserted at the caret with Chèn ảnh…, shown once its preview has loaded. */
async function insertPhoto(app: AppSession, name = 'DSC_0799.jpg', portrait = false): Promise<void> {
  const file = app.bridge.path(name);
  await writeFile(file, portrait ? await portraitJpeg() : await cameraJpeg({ width: 2400, height: 1600 }));
  const before = await app.body().getByTestId('figure').count();
  app.bridge.answerPhotos([file]);
  await app.page.keyboard.press(`${mod}+Shift+I`);
  const figures = app.body().getByTestId('figure');
  await expect(figures).toHaveCount(before + 1);
  await expect.poll(() => figures.last().locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
}

/** The caption as its runs read on screen: [text, bold, italic] per element Lexical made. */
function shownRuns(caption: Locator): Promise<Array<[string, boolean, boolean]>> {
  return caption.evaluate((el) =>
    [...el.querySelectorAll('span, strong, em, b, i')]
      .filter((node) => node.children.length === 0)
      .map((node) => {
        const style = getComputedStyle(node);
        return [node.textContent ?? '', Number(style.fontWeight) >= 600, node.closest('em, i') !== null] as [string, boolean, boolean];
      }),
  );
}

/** The top-level blocks of the body, a figure as "ảnh", blank lines left out. */
function blocks(page: Page): Promise<string[]> {
  return page.locator('[data-testid="editor-body"]').evaluate((root) =>
    [...root.children]
      .map((child) => (child.querySelector('[data-testid="figure"]') ? 'ảnh' : (child.textContent ?? '').trim()))
      .filter((text) => text !== ''),
  );
}

/** Types the reference caption with "Lê Thị Thủy" bold (Ctrl/⌘+B) and "phát biểu" italic (Ctrl/⌘+I). */
/**
 * Clicks into the field and presses End, then waits until the caret stands after its last letter:
 * a key pressed before the editor has taken the click's caret would act where the click landed.
 */
async function caretToEnd(page: Page, field: Locator): Promise<void> {
  await field.click();
  await page.keyboard.press('End');
  await expect
    .poll(() =>
      field.evaluate((root) => {
        const selection = root.ownerDocument.getSelection();
        if (!selection || selection.rangeCount === 0 || !root.contains(selection.focusNode)) return 'outside';
        const rest = root.ownerDocument.createRange();
        rest.selectNodeContents(root);
        rest.setStart(selection.focusNode!, selection.focusOffset);
        return rest.toString();
      }),
    )
    .toBe('');
}

async function typeStyledCaption(page: Page, caption: Locator): Promise<void> {
  await caption.click();
  await page.keyboard.type('Bí thư Tỉnh ủy ');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('Lê Thị Thủy');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type(' ');
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.type('phát biểu');
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.type(' chỉ đạo hội nghị');
}

const STYLED_RUNS = [
  { text: 'Bí thư Tỉnh ủy ', format: 0 },
  { text: 'Lê Thị Thủy', format: 1 },
  { text: ' ', format: 0 },
  { text: 'phát biểu', format: 2 },
  { text: ' chỉ đạo hội nghị', format: 0 },
];

async function compose(cdp: CDPSession, steps: string[], commit: string): Promise<void> {
  for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text: commit });
}

test.describe('figures in the body', () => {
  test('a caption with a bold and an italic word: kept on save and reopen, <strong>/<em> in the portal HTML; one line, Enter goes below the photo', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await page.getByTestId('meta-title').fill('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên');
    await page.getByTestId('meta-sapo').fill('Chiều ngày 28/5/2022, Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên.');
    await app.body().click();
    await page.keyboard.type('Dự hội nghị có bà Lê Thị Thủy.');
    await insertPhoto(app);
    const figure = app.body().getByTestId('figure');
    const caption = figure.getByLabel('Chú thích ảnh');

    await typeStyledCaption(page, caption);
    // Underline is not a caption's: Ctrl/⌘+U changes nothing.
    await page.keyboard.press(`${mod}+u`);
    await page.keyboard.type('.');
    await expect(caption).toHaveText('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị.');
    await expect(caption.locator('strong')).toHaveText('Lê Thị Thủy');
    await expect(caption.locator('em')).toHaveText('phát biểu');
    await expect(caption.locator('u, .st-underline')).toHaveCount(0);
    // The alt text followed the caption's letters.
    await expect(figure.getByLabel('Mô tả ảnh (cho người khiếm thị)')).toHaveValue('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị.');
    // Undo in the caption takes back its typing (one step, as typing in the body); redo brings it back, bold and italic.
    await page.keyboard.press(`${mod}+z`);
    await expect(caption).toHaveText('');
    await expect(figure.getByLabel('Mô tả ảnh (cho người khiếm thị)')).toHaveValue('');
    await page.keyboard.press(`${mod}+Shift+z`);
    await expect(caption).toHaveText('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị.');
    await expect(caption.locator('strong')).toHaveText('Lê Thị Thủy');
    // Backspace in the caption, then the rest of the caption is still typed in it.
    await caretToEnd(page, caption);
    await page.keyboard.press('Backspace');
    await figure.hover();
    await app.screenshot('figure-styled-caption');

    // Enter does not break the caption: the caret goes to the paragraph after the figure.
    await caretToEnd(page, caption);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Báo cáo tóm tắt kết quả thực hiện Nghị quyết.');
    expect(await blocks(page)).toEqual(['Dự hội nghị có bà Lê Thị Thủy.', 'ảnh', 'Báo cáo tóm tắt kết quả thực hiện Nghị quyết.']);
    await expect(caption.locator('p')).toHaveCount(1);

    // The portal's HTML (Ctrl/⌘+Shift+C) carries the bold and italic.
    await page.keyboard.press(`${mod}+Shift+C`);
    await expect.poll(() => app.bridge.clipboardWrites.length).toBe(1);
    expect(app.bridge.clipboardWrites[0]!.html).toContain(
      '<figcaption>Bí thư Tỉnh ủy <strong>Lê Thị Thủy</strong> <em>phát biểu</em> chỉ đạo hội nghị</figcaption>',
    );

    const file = app.bridge.path('chu-thich.tinbai');
    app.bridge.answerSave(file);
    await page.keyboard.press(`${mod}+s`);
    await expect(page).not.toHaveTitle(/●/);
    const saved = await decodeDraft(await readFile(file));
    const savedFigure = (saved.body as unknown as { root: { children: Array<Record<string, unknown>> } }).root.children.find((n) => n.type === 'figure');
    expect(savedFigure?.caption).toEqual(STYLED_RUNS);
    expect(savedFigure?.alt).toBe('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị');

    await app.restart({ launchFile: file });
    const reopened = app.body().getByTestId('figure').getByLabel('Chú thích ảnh');
    await expect(reopened).toHaveText('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị');
    expect(await shownRuns(reopened)).toEqual([
      ['Bí thư Tỉnh ủy ', false, false],
      ['Lê Thị Thủy', true, false],
      [' ', false, false],
      ['phát biểu', false, true],
      [' chỉ đạo hội nghị', false, false],
    ]);
    // On paper the caption keeps its bold word, centred in italics.
    await app.page.emulateMedia({ media: 'print' });
    expect(await reopened.evaluate((el) => [getComputedStyle(el).fontStyle, getComputedStyle(el).textAlign])).toEqual(['italic', 'center']);
    expect(await reopened.locator('strong').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
  });

  test('Vietnamese typed in a caption with Telex composition and Unikey lands in NFC, and the body undoes the caption in one step', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Hội nghị.');
    await insertPhoto(app);
    const figure = app.body().getByTestId('figure');
    const caption = figure.getByLabel('Chú thích ảnh');
    await caption.click();
    const cdp = await page.context().newCDPSession(page);
    // macOS Telex: "Vieejt" → "Việt", growing as marked text.
    await page.keyboard.type('Tiếng ');
    await compose(cdp, ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt'], 'Việt');
    await page.keyboard.type(' ');
    // Unikey's "Unicode tổ hợp": base letters and combining marks.
    await cdp.send('Input.insertText', { text: 'Tỉnh ủy'.normalize('NFD') });
    await expect(caption).toHaveText('Tiếng Việt Tỉnh ủy');
    expect(await caption.evaluate((el) => el.textContent === el.textContent!.normalize('NFC'))).toBe(true);
    await expect(figure.getByLabel('Mô tả ảnh (cho người khiếm thị)')).toHaveValue('Tiếng Việt Tỉnh ủy');

    // From the body, Ctrl/⌘+Z takes the caption's typing back in one step.
    await app.body().locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type('!'); // one keystroke: one step of the body's own, whatever the machine's speed
    await page.keyboard.press(`${mod}+z`);
    await expect(app.body().locator('p').first()).toHaveText('Hội nghị.');
    await page.keyboard.press(`${mod}+z`);
    await expect(caption).toHaveText('');
    await expect(figure.getByLabel('Mô tả ảnh (cho người khiếm thị)')).toHaveValue('');
    await page.keyboard.press(`${mod}+Shift+z`);
    await expect(caption).toHaveText('Tiếng Việt Tỉnh ủy');

    // In the caption the toolbar's B and I are the caption's; the block buttons wait for the body.
    await caretToEnd(page, caption);
    await expect(page.getByTestId('tb-underline')).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByTestId('tb-ul')).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.type(' ');
    await page.getByTestId('tb-bold').click();
    await page.keyboard.type('mới');
    await expect(caption.locator('strong')).toHaveText('mới');
    await expect(caption).toHaveText('Tiếng Việt Tỉnh ủy mới');
  });

  test('dragging a figure by its handle moves it between two blocks, a line showing where; undo puts it back; a drop on itself or outside the body does nothing', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Đoạn một.');
    await insertPhoto(app);
    await page.keyboard.type('Đoạn hai.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn ba.');
    expect(await blocks(page)).toEqual(['Đoạn một.', 'ảnh', 'Đoạn hai.', 'Đoạn ba.']);

    const figure = app.body().getByTestId('figure');
    const handle = figure.getByTestId('figure-handle');
    await figure.hover();
    await expect(handle).toBeVisible();
    await expect(handle).toHaveAttribute('title', /Kéo để chuyển ảnh/);

    const third = app.body().locator('p', { hasText: 'Đoạn ba.' });
    const dragTo = async (x: number, y: number, check?: () => Promise<void>) => {
      await figure.hover();
      const box = (await handle.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(x, y - 20, { steps: 4 });
      await page.mouse.move(x, y, { steps: 4 });
      if (check) await check();
      await page.mouse.up();
    };

    // Below "Đoạn hai.": the line shows in the gap above "Đoạn ba.".
    const target = (await third.boundingBox())!;
    await dragTo(target.x + 40, target.y + 2, async () => {
      const line = page.getByTestId('figure-drop-line');
      await expect(line).toBeVisible();
      const lineBox = (await line.boundingBox())!;
      expect(Math.abs(lineBox.y - target.y)).toBeLessThan(20);
      await app.screenshot('figure-drag-line');
    });
    expect(await blocks(page)).toEqual(['Đoạn một.', 'Đoạn hai.', 'ảnh', 'Đoạn ba.']);
    await expect(page.getByTestId('figure-drop-line')).toHaveCount(0);
    await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // One undo step puts it back.
    await page.keyboard.press(`${mod}+z`);
    expect(await blocks(page)).toEqual(['Đoạn một.', 'ảnh', 'Đoạn hai.', 'Đoạn ba.']);

    // Onto itself: nothing moves.
    const photo = (await figure.locator('img').boundingBox())!;
    await dragTo(photo.x + photo.width / 2, photo.y + photo.height / 2);
    expect(await blocks(page)).toEqual(['Đoạn một.', 'ảnh', 'Đoạn hai.', 'Đoạn ba.']);
    // Outside the body (onto the side panel): nothing moves.
    const panel = (await page.locator('.side-panel').boundingBox())!;
    await dragTo(panel.x + panel.width / 2, panel.y + panel.height / 2);
    expect(await blocks(page)).toEqual(['Đoạn một.', 'ảnh', 'Đoạn hai.', 'Đoạn ba.']);

    // The keyboard: Alt+Shift+↓ moves the selected figure past the next block, Alt+Shift+↑ back.
    await figure.locator('img').click();
    await expect(figure).toHaveClass(/is-selected/);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect(await blocks(page)).toEqual(['Đoạn một.', 'Đoạn hai.', 'ảnh', 'Đoạn ba.']);
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    expect(await blocks(page)).toEqual(['ảnh', 'Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);

    // A photo file dropped from the desktop, even onto a caption, is still imported as a new figure.
    const bytes = [...(await cameraJpeg({ width: 1600, height: 1000 }))];
    await figure.getByLabel('Chú thích ảnh').evaluate((caption, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'DSC_0802.jpg', { type: 'image/jpeg' }));
      caption.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await expect(app.body().getByTestId('figure')).toHaveCount(2);
  });

  test('a draft from a template: a focused caption offers the template’s captions (those unused first); taking one fills caption and alt in one undo step', async ({ app }) => {
    // The reference article as made from the working-session template with its fields.
    const reference = referenceArticle();
    const written = { title: reference.meta.title, sapo: reference.meta.sapo, attendees: '', directiveOpening: '' };
    const fingerprints = { ...Object.fromEntries(Object.entries(written).map(([k, v]) => [k, fingerprint(v)])), captions: CAPTIONS.map(fingerprint) };
    const article = { ...reference, template: { id: 'working-session', version: 1, fields: REFERENCE_FIELDS, fingerprints } } as typeof reference;
    const file = app.bridge.path('mau.tinbai');
    await writeFile(file, await validDraft(article));
    await app.launch({ launchFile: file });
    const { page } = app;
    await expect(page.getByTestId('meta-title')).toHaveValue('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên');

    await app.body().locator('p').first().click();
    await insertPhoto(app);
    const figures = app.body().getByTestId('figure');
    const first = figures.first();
    const caption = first.getByLabel('Chú thích ảnh');
    const alt = first.getByLabel('Mô tả ảnh (cho người khiếm thị)');
    await expect(caption).toHaveAttribute('aria-placeholder', 'Viết chú thích ảnh… hoặc chọn chú thích gợi ý theo mẫu');
    await caption.click();
    const list = first.getByTestId('caption-suggestions');
    await expect(list.getByRole('option')).toHaveText(CAPTIONS);
    await page.keyboard.press('ArrowDown');
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    // A screen reader hears the option reached: the caption names it as its active descendant.
    const firstId = await list.getByRole('option').first().getAttribute('id');
    await expect(caption).toHaveAttribute('aria-activedescendant', firstId!);
    await app.screenshot('figure-caption-suggestions');

    // ↓ ↓ Enter takes the second.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(caption).toHaveText(CAPTIONS[1]!);
    await expect(alt).toHaveValue(CAPTIONS[1]!);
    await expect(list).toHaveCount(0);
    // One undo step takes it back.
    await page.keyboard.press(`${mod}+z`);
    await expect(caption).toHaveText('');
    await expect(alt).toHaveValue('');

    // Typing narrows the list (tone marks not counting); a click takes one; Esc closes it.
    await caption.click();
    await page.keyboard.type('dai bieu');
    await expect(list.getByRole('option')).toHaveText([CAPTIONS[0]!]);
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await page.keyboard.press('Backspace');
    await expect(list.getByRole('option')).toHaveText([CAPTIONS[0]!]);
    await list.getByRole('option').first().click();
    await expect(caption).toHaveText(CAPTIONS[0]!);
    await expect(alt).toHaveValue(CAPTIONS[0]!);

    // The next photo's caption offers the caption not yet used first.
    await app.body().locator('p').last().click();
    await insertPhoto(app, 'DSC05850.jpg', true);
    await figures.last().getByLabel('Chú thích ảnh').click();
    await expect(figures.last().getByTestId('caption-suggestions').getByRole('option')).toHaveText([CAPTIONS[1]!, CAPTIONS[0]!]);
  });

  test('a figure copied and pasted, in the same draft and in another, keeps its photo and its caption’s bold and italic', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Dự hội nghị.');
    await insertPhoto(app);
    const figures = app.body().getByTestId('figure');
    await typeStyledCaption(page, figures.first().getByLabel('Chú thích ảnh'));

    // Select the figure and copy it, as Ctrl/⌘+C does.
    await figures.first().locator('img').click();
    await expect(figures.first()).toHaveClass(/is-selected/);
    await page.keyboard.press(`${mod}+c`);
    await app.body().locator('p').last().click();
    await page.keyboard.type('Đoạn cuối.');
    await page.keyboard.press(`${mod}+v`);
    await expect(figures).toHaveCount(2);
    await expect(figures.nth(1).getByLabel('Chú thích ảnh').locator('strong')).toHaveText('Lê Thị Thủy');
    await expect(figures.nth(1).getByLabel('Chú thích ảnh').locator('em')).toHaveText('phát biểu');

    const first = app.bridge.path('bai-mot.tinbai');
    app.bridge.answerSave(first);
    await page.keyboard.press(`${mod}+s`);
    await expect(page).not.toHaveTitle(/●/);

    // Another draft: the copy comes in with its photo.
    await app.bridge.emit(page, 'onMenuCommand', { command: 'new' });
    await expect(figures).toHaveCount(0);
    await app.body().click();
    await page.keyboard.press(`${mod}+v`);
    await expect(figures).toHaveCount(1);
    await expect(figures.first().getByLabel('Chú thích ảnh').locator('strong')).toHaveText('Lê Thị Thủy');
    await expect.poll(() => figures.first().locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const second = app.bridge.path('bai-hai.tinbai');
    app.bridge.answerSave(second);
    await page.keyboard.press(`${mod}+s`);
    await expect(page).not.toHaveTitle(/●/);
    const saved = await decodeDraft(await readFile(second));
    const figure = (saved.body as unknown as { root: { children: Array<Record<string, unknown>> } }).root.children.find((n) => n.type === 'figure');
    expect(figure?.caption).toEqual(STYLED_RUNS);
    expect(saved.media.map((m) => m.hash)).toEqual([figure?.media]);
  });
});
