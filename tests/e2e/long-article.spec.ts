import { readDraft, writeDraft } from '../../electron/services/draft/draft-files';
import { longArticle } from '../fixtures/long-article';
import { expect, mod, test } from './harness/fixtures';

const mac = process.platform === 'darwin';
const toEnd = mac ? 'Meta+ArrowDown' : 'Control+End';
const selectToStart = mac ? 'Meta+Shift+ArrowUp' : 'Control+Shift+Home';

/** Whether the moving end of the selection (the caret) is on screen. */
function focusInView(page: import('@playwright/test').Page): Promise<boolean> {
  return page.evaluate(() => {
    const selection = getSelection();
    if (!selection?.focusNode) return false;
    const range = document.createRange();
    range.setStart(selection.focusNode, selection.focusOffset);
    const rect = range.getBoundingClientRect();
    const box = rect.height > 0 ? rect : (selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode.parentElement)!.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });
}

/** How many of the body's text runs Chromium lays out and paints now, and how many it skips. */
function renderedRuns(page: import('@playwright/test').Page): Promise<{ drawn: number; skipped: number }> {
  return page.evaluate(() => {
    const runs = [...document.querySelectorAll('[data-testid="editor-body"] [data-lexical-text]')];
    const drawn = runs.filter((run) => run.checkVisibility({ contentVisibilityAuto: true })).length;
    return { drawn, skipped: runs.length - drawn };
  });
}

test.describe('a long article', () => {
  test('20,000 words: only the paragraphs near the screen are laid out; typing after Ctrl+End lands at the end', async ({ app }) => {
    const long = longArticle();
    const path = app.bridge.path('Báo cáo dài.tinbai');
    await writeDraft(path, long.article);
    await app.launch({ launchFile: path });
    const { page } = app;
    const lastBlock = app.body().locator(':scope > *').last();
    await expect(lastBlock).toContainText(long.paragraphs[long.paragraphs.length - 1].text.slice(-30));

    const atStart = await renderedRuns(page);
    expect(atStart.drawn).toBeGreaterThan(0);
    expect(atStart.skipped).toBeGreaterThan(long.paragraphs.length / 2);

    await app.body().locator(':scope > *').first().click();
    await page.keyboard.press(toEnd);
    await expect.poll(() => focusInView(page)).toBe(true);
    await page.keyboard.type(' Hội nghị kết thúc lúc 17 giờ.');
    await expect(lastBlock).toHaveText(/Hội nghị kết thúc lúc 17 giờ\.$/);
    // The caret's paragraph is drawn now; the first screen's are skipped in turn.
    await expect.poll(async () => lastBlock.locator('[data-lexical-text]').last().evaluate((run) => run.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);

    await page.keyboard.press(`${mod}+s`);
    await expect.poll(() => app.bridge.dirty).toBe(false);
    const saved = await readDraft(path);
    const blocks = saved.body.root.children ?? [];
    expect(blocks).toHaveLength(long.paragraphs.length);
    expect(JSON.stringify(blocks[blocks.length - 1])).toContain('Hội nghị kết thúc lúc 17 giờ.');

    // Shift+Ctrl+Home from the end selects the whole article, laid out or not.
    await page.keyboard.press(selectToStart);
    await expect.poll(() => focusInView(page)).toBe(true);
    // The top of the article shows, as in Word: its title above the selected body.
    await expect(page.getByTestId('meta-title')).toBeInViewport();
    await page.keyboard.type('X');
    await expect(app.body()).toHaveText('X');
    await page.keyboard.press(`${mod}+z`);
    await expect(app.body().locator(':scope > *')).toHaveCount(long.paragraphs.length);
    await expect(lastBlock).toHaveText(/Hội nghị kết thúc lúc 17 giờ\.$/);
  });

  test('tone marks on capitals are drawn whole: paragraphs and headings look exactly as without containment', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.getByTestId('tb-block').selectOption('h2');
    await page.keyboard.type('ỦY BAN NHÂN DÂN TỈNH: KỲ HỌP THỨ ẪỄ, QUỐC HỘI ỮỸỶ Ẵ Ẳ Ậ Ỗ Ợ');
    await page.keyboard.press('Enter');
    await page.getByTestId('tb-block').selectOption('h3');
    await page.keyboard.type('Ẫn Ễ Ỗ Ỹ Ửa Ữa Ẳ Ẵ ỷỹ ậ ộ ợ ụ ự');
    await page.keyboard.press('Enter');
    await page.getByTestId('tb-block').selectOption('paragraph');
    await page.keyboard.type('Ẫn Ễ Ỗ Ỹ Ửa Ữa Ẳ Ẵ ỷỹ ậ ộ ợ ụ ự, đầu tư 76.300 tỷ đồng ỵ gjpqy');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const blocks = app.body().locator(':scope > *');
    await expect(blocks).toHaveCount(3);
    expect(await blocks.evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility))).toEqual(['auto', 'auto', 'auto']);

    const contained = await app.body().screenshot();
    await blocks.evaluateAll((els) => els.forEach((el) => (el as HTMLElement).style.setProperty('content-visibility', 'visible')));
    const plain = await app.body().screenshot();
    expect(contained.equals(plain)).toBe(true);
  });
});
