import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { writeDraft } from '../../electron/services/draft/draft-files';
import { encodeDraft } from '../../electron/services/draft/draft-codec';
import { bold, heading, link, paragraph, root, text } from '../fixtures/lexical-json';
import { REFERENCE_TITLE, referenceArticle } from '../fixtures/drafts';
import { longArticle } from '../fixtures/long-article';
import { expect, mod, test } from './harness/fixtures';

const mac = process.platform === 'darwin';
const toEnd = mac ? 'Meta+ArrowDown' : 'Control+End';

/** The body as Lexical holds it (what a save writes). */
function bodyJson(page: Page): Promise<{ root: { children: Array<Record<string, unknown> & { children?: Array<Record<string, unknown>> }> } }> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { __lexicalEditor: { getEditorState(): { toJSON(): unknown } } };
    return root.__lexicalEditor.getEditorState().toJSON() as never;
  });
}

async function openArticle(app: { bridge: { path(n: string): string }; launch(o: { launchFile: string }): Promise<void> }, body: ReturnType<typeof root>, name = 'bai.tinbai') {
  const file = app.bridge.path(name);
  await writeFile(file, await encodeDraft({ ...referenceArticle(), body }));
  await app.launch({ launchFile: file });
  return file;
}

test.describe('what a press officer meets first', () => {
  test('1. an error raised while the article is scrolled down is seen where the officer is, announced as an alert', async ({ app }) => {
    const long = longArticle({ words: 4000 });
    const path = app.bridge.path('dai.tinbai');
    await writeDraft(path, long.article);
    await app.launch({ launchFile: path });
    const { page } = app;
    await page.locator('.article-pane').evaluate((pane) => (pane.scrollTop = pane.scrollHeight));
    await expect.poll(() => page.locator('.article-pane').evaluate((pane) => pane.scrollTop)).toBeGreaterThan(2000);
    app.bridge.answerSave(app.bridge.path('khong-co-thu-muc/bai.tinbai'));
    await page.keyboard.press(`${mod}+Shift+s`);
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toBeInViewport();
    await app.screenshot('defect-1-notice-scrolled');
  });

  test('2. Ctrl+End puts the caret in the format of where it lands, not of where it was', async ({ app }) => {
    await openArticle(app, root(paragraph(bold('Hội nghị tổng kết')), paragraph(text('Đoạn cuối thường'))));
    const { page } = app;
    await app.body().locator('strong, .st-bold').first().click();
    await page.keyboard.press(toEnd);
    await page.keyboard.type(' thêm');
    await expect(app.body().locator('p').last()).toHaveText('Đoạn cuối thường thêm');
    const json = await bodyJson(page);
    const last = json.root.children[1].children!;
    expect(last.map((n) => n.format)).toEqual([0]);
  });

  test('3. with the caret in the title the toolbar leaves the body alone: formatting is disabled, undo is the title’s', async ({ app }) => {
    await openArticle(app, root(heading('h2', text('Kết quả')), paragraph(text('Nội dung'))));
    const { page } = app;
    const before = await bodyJson(page);
    const title = page.getByTestId('meta-title');
    await title.click();
    await title.press(mac ? 'Meta+ArrowDown' : 'Control+End');
    await page.keyboard.type(' mới');
    await expect(title).toHaveValue(`${REFERENCE_TITLE} mới`);
    await expect(page.getByTestId('tb-ol')).toBeDisabled();
    await expect(page.getByTestId('tb-bold')).toBeDisabled();
    await page.getByTestId('tb-ol').click({ force: true });
    await page.getByTestId('tb-bold').click({ force: true });
    await expect(title).toBeFocused();
    expect(await bodyJson(page)).toEqual(before);
    await expect(page.getByTestId('tb-undo')).toBeEnabled();
    await page.getByTestId('tb-undo').click();
    // The title's own undo (Chromium's, by its typing steps) took back what was typed there.
    await expect.poll(async () => (await title.inputValue()).length).toBeLessThan(`${REFERENCE_TITLE} mới`.length);
    expect(await title.inputValue()).toContain(REFERENCE_TITLE);
    expect(await bodyJson(page)).toEqual(before);
    await app.screenshot('defect-3-title-toolbar');
    // Back in the body, the toolbar is the body's again.
    await app.body().locator('p').click();
    await expect(page.getByTestId('tb-bold')).toBeEnabled();
  });

  test('4. the block-type list moves with the arrows and applies only on Enter', async ({ app }) => {
    await openArticle(app, root(paragraph(text('Ý kiến chỉ đạo của đồng chí Bí thư'))));
    const { page } = app;
    await app.body().locator('p').click();
    // The click's own selection update lands first (on a loaded machine it can come a frame late and
    // take focus back to the body after the list got it).
    await expect(app.body()).toBeFocused();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const select = page.getByTestId('tb-block');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(select).toBeFocused();
    await expect(app.body().locator('h2')).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('quote');
    await expect(app.body().locator('blockquote, h2, h3')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(app.body().locator('blockquote')).toHaveText('Ý kiến chỉ đạo của đồng chí Bí thư');
    await expect(app.body()).toBeFocused();
    // A mouse choice still applies at once.
    await select.selectOption('h3');
    await expect(app.body().locator('h3')).toHaveCount(1);
  });

  test('5. Save As into a folder that is gone says so, not that a file was moved', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Bài cần lưu');
    app.bridge.answerSave(app.bridge.path('thu-muc-da-xoa/bai.tinbai'));
    await page.keyboard.press(`${mod}+Shift+s`);
    const alert = page.getByTestId('error-banner');
    await expect(alert).toContainText(/thư mục/i);
    await expect(alert).not.toContainText('di chuyển hoặc xóa');
    await expect(app.body()).toHaveText('Bài cần lưu');
  });

  test('6. a link shows its address and how to open it, on hover and on a plain click', async ({ app }) => {
    await openArticle(app, root(paragraph(text('Xem '), link('https://hanam.gov.vn/tin-tuc', text('cổng thông tin')), text(' của tỉnh.'))));
    const { page } = app;
    const anchor = app.body().locator('a');
    await anchor.hover();
    await expect(anchor).toHaveAttribute('title', /https:\/\/hanam\.gov\.vn\/tin-tuc/);
    await expect(anchor).toHaveAttribute('title', mac ? /⌘\+bấm để mở liên kết/ : /Ctrl\+bấm để mở liên kết/);
    await anchor.click();
    const hint = page.getByTestId('link-hint');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('https://hanam.gov.vn/tin-tuc');
    await expect(hint).toContainText('bấm để mở liên kết');
    expect(app.bridge.openedExternally).toEqual([]);
    await app.screenshot('defect-6-link-hint');
  });

  test('7. a table inserted on an empty line takes that line; Tab in the last cell adds a row', async ({ app }) => {
    await openArticle(app, root(paragraph(text('Số liệu như sau:')), paragraph()));
    const { page } = app;
    await app.body().locator('p').last().click();
    await page.getByTestId('tb-table').click();
    await page.getByTestId('table-insert').click();
    const json = await bodyJson(page);
    expect(json.root.children.map((n) => n.type)).toEqual(['paragraph', 'table', 'paragraph']);
    await expect(app.body().locator('tr')).toHaveCount(3);
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('cuối');
    await page.keyboard.press('Tab');
    await expect(app.body().locator('tr')).toHaveCount(4);
    await page.keyboard.type('hàng mới');
    await expect(app.body().locator('tr').last().locator('td, th').first()).toHaveText('hàng mới');
  });

  test('8. focus is seen in the title, sapô and body; Escape keeps it; placeholders are whole', async ({ app }) => {
    await app.launch();
    const { page } = app;
    const ring = (testId: string) =>
      page.getByTestId(testId).evaluate((el) => {
        const s = getComputedStyle(el);
        return s.outlineStyle !== 'none' ? parseFloat(s.outlineWidth) : 0;
      });
    for (const id of ['meta-title', 'meta-sapo']) {
      await page.getByTestId(id).focus();
      expect(await ring(id), id).toBeGreaterThanOrEqual(2);
    }
    await app.body().click();
    expect(await ring('editor-body')).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Escape');
    await expect(app.body()).toBeFocused();

    // Every placeholder fits its field, in both languages.
    const clipped = () =>
      page.evaluate(() => {
        const canvas = document.createElement('canvas').getContext('2d')!;
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')) {
          if (!el.placeholder || el.offsetParent === null) continue;
          const s = getComputedStyle(el);
          canvas.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
          const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
          if (canvas.measureText(el.placeholder).width > room + 0.5) out.push(el.placeholder);
        }
        return out;
      });
    await page.keyboard.type('Xem cổng');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press(`${mod}+k`);
    await expect(page.getByTestId('link-url')).toBeVisible();
    expect(await clipped()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('lang-switch')).toHaveText(/Tiếng Việt|Việt/);
    expect(await clipped()).toEqual([]);
  });
});
