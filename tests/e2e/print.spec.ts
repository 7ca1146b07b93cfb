import { mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/article/article-schema';
import { referenceArticle } from '../fixtures/drafts';
import { paragraph, root, text } from '../fixtures/lexical-json';
import { cameraJpeg } from '../fixtures/photos';
import { validDraft } from '../fixtures/drafts';
import { SCREENSHOT_DIR, expect, mod, test, type AppSession } from './harness/fixtures';

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object per page (`/Pages` is the tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The reference article with `extra` more paragraphs of its own text at the end of the body. */
function articleWith(extra: number): Article {
  const article = referenceArticle();
  const sentence =
    'Bí thư Tỉnh ủy cũng đề nghị Ban Chấp hành, BTV Thị ủy nghiêm túc tiếp thu ý kiến đóng góp của các đại biểu để hoàn thành tốt các chỉ tiêu, nhiệm vụ mà nghị quyết đại hội Đảng các cấp đã đề ra; tập trung thực hiện tốt công tác xây dựng Đảng và lãnh đạo, chỉ đạo hiệu quả các khâu đột phá.';
  const more = Array.from({ length: extra }, (_, i) => paragraph(text(`${i + 1}. ${sentence}`)));
  const body = article.body as unknown as { root: { children: unknown[] } };
  return { ...article, body: root(...(body.root.children as never[]), ...(more as never[])) } as Article;
}

async function openWithPhoto(app: AppSession, article: Article, again = false): Promise<void> {
  const file = app.bridge.path('bai.tinbai');
  await writeFile(file, await validDraft(article));
  await (again ? app.restart({ launchFile: file }) : app.launch({ launchFile: file }));
  await expect(app.page.getByTestId('meta-title')).toHaveValue(article.meta.title);
  // A photo after the first paragraph, with its caption, as the portal shows one.
  const photo = app.bridge.path('DSC_0799.jpg');
  await writeFile(photo, await cameraJpeg({ width: 3000, height: 2000 }));
  await app.body().locator('p').first().click();
  // The caret at the very end of the first paragraph (End would stop at the end of its first line).
  await app.page.evaluate(() => {
    const p = document.querySelector('[data-testid="editor-body"] p')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  app.bridge.answerPhotos([photo]);
  await app.page.keyboard.press(`${mod}+Shift+I`);
  const figure = app.body().getByTestId('figure');
  await expect(figure).toHaveCount(1);
  await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await figure.getByLabel('Chú thích ảnh').fill('Các đại biểu dự hội nghị');
}

async function exportPdf(app: AppSession, name: string): Promise<Buffer> {
  const target = app.bridge.path(name);
  app.bridge.answerPdf(target);
  await app.bridge.emit(app.page, 'onMenuCommand', { command: 'exportPdf' });
  await expect.poll(() => app.bridge.calls.filter((c) => c.method === 'exportPdf').length, { timeout: 20_000 }).toBeGreaterThan(0);
  const last = app.bridge.calls.filter((c) => c.method === 'exportPdf').at(-1)!;
  expect(last).toMatchObject({ ok: true });
  return readFileSync(`${target}.pdf`);
}

test.describe('print and PDF', () => {
  test('on paper the article is laid out like the portal page: header, bold sapô, body, photo with its caption; no window chrome', async ({ app }) => {
    await openWithPhoto(app, referenceArticle());
    const { page } = app;
    // Something of every kind of chrome is showing on screen before printing.
    await page.keyboard.press(`${mod}+f`);
    await expect(page.getByTestId('find-bar')).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.toolbar-row', '.side-panel', '.status-bar', '.st-find']) {
      await expect(page.locator(chrome).first(), chrome).toBeHidden();
    }
    await expect(page.getByTestId('meta-title')).toBeVisible();
    await expect(page.locator('.article-category')).toHaveText('Tin hoạt động của Lãnh đạo Tỉnh');
    await expect(page.getByTestId('date-line')).toBeVisible();
    const sapo = page.getByTestId('meta-sapo');
    expect(await sapo.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
    const caption = app.body().getByLabel('Chú thích ảnh');
    expect(await caption.evaluate((el) => [getComputedStyle(el).fontStyle, getComputedStyle(el).textAlign])).toEqual(['italic', 'center']);
    await expect(app.body().locator('.st-figure-details')).toBeHidden();
    // The whole article is laid out (nothing cut at the window's height, no inner scrolling).
    const [bodyBottom, docHeight] = await page.evaluate(() => [
      document.querySelector('[data-testid="editor-body"]')!.getBoundingClientRect().bottom + window.scrollY,
      document.documentElement.scrollHeight,
    ]);
    expect(docHeight).toBeGreaterThanOrEqual(bodyBottom);
    expect(docHeight).toBeGreaterThan(page.viewportSize()!.height);
    // Every face the page uses is a bundled Noto face, loaded.
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
    });
    expect(faces).toContain('Noto Serif');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'print-layout.png'), fullPage: true });
  });

  test('Xuất PDF… writes an A4 PDF made by Chromium: pages counted, Vietnamese fonts embedded; a longer article has more pages', async ({ app }) => {
    await openWithPhoto(app, referenceArticle());
    const short = await exportPdf(app, 'bai-ngan');
    expect(short.subarray(0, 5).toString()).toBe('%PDF-');
    expect(app.bridge.suggestedPdfNames.at(-1)).toBe(`${referenceArticle().meta.title}.pdf`);
    const shortPages = pageCount(short);
    expect(shortPages).toBeGreaterThanOrEqual(1);
    // A4 in points, every page.
    const boxes = short.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g) ?? [];
    expect(boxes.length).toBeGreaterThanOrEqual(shortPages);
    for (const box of boxes) {
      const [, w, h] = /([\d.]+) ([\d.]+)\s*\]$/.exec(box.replace(/\s+\]/, ']'))!.map(Number) as [number, number, number];
      // Chromium rounds A4 (595.28 × 841.89) to its own units: within a point or two.
      expect(Math.abs(w - 595.28)).toBeLessThan(2);
      expect(Math.abs(h - 841.89)).toBeLessThan(2);
    }
    // The article's own faces travel inside the file (subset, so a name like ABCDEF+NotoSerif).
    const latin1 = short.toString('latin1');
    expect(latin1).toMatch(/\/FontName\s*\/[A-Z]{6}\+NotoSerif/);
    expect(latin1).toMatch(/\/FontFile2|\/FontFile3/);
    await writeFile(app.bridge.path('bai-ngan-copy.pdf'), short);

    await openWithPhoto(app, articleWith(30), true);
    const long = await exportPdf(app, 'bai-dai');
    expect(pageCount(long)).toBeGreaterThan(shortPages);
    // Kept for a look at the pages (pdftoppm, if installed).
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await writeFile(join(SCREENSHOT_DIR, 'print-long.pdf'), long);
    await writeFile(join(SCREENSHOT_DIR, 'print-short.pdf'), short);
  });

  test('Ctrl/⌘+P asks the window to print, once per press, and the article on screen is as it was', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Bài viết để in.');
    await page.keyboard.press(`${mod}+p`);
    await expect.poll(() => app.bridge.printed).toBe(1);
    await expect(app.body()).toHaveText('Bài viết để in.');
    await app.bridge.emit(page, 'onMenuCommand', { command: 'print' });
    await expect.poll(() => app.bridge.printed).toBe(2);
    await expect(page.locator('.toolbar-row')).toBeVisible();
  });
});
