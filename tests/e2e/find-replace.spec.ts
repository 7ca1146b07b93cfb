import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { encodeDraft } from '../../electron/services/draft/draft-codec';
import { bold, paragraph, root, text } from '../fixtures/lexical-json';
import { referenceArticle } from '../fixtures/drafts';
import { expect, mod, test } from './harness/fixtures';

const mac = process.platform === 'darwin';

function bodyJson(page: Page): Promise<{ root: { children: Array<{ children: Array<{ text: string; format: number }> }> } }> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { __lexicalEditor: { getEditorState(): { toJSON(): unknown } } };
    return root.__lexicalEditor.getEditorState().toJSON() as never;
  });
}

/** What the find highlights paint, as text. */
function painted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...((CSS.highlights.get(n) as unknown as Set<Range>) ?? [])].map((r) => r.toString()), name);
}

const BODY = root(
  paragraph(text('Dự hội nghị có '), bold('bà Lê Thị Thủy - Bí thư Tỉnh ủy'), text('; ông Nguyễn Văn Thuỷ - Giám đốc Sở.')),
  paragraph(text('Hội nghị đánh giá cao kết quả. Phát biểu kết luận hội nghị, đồng chí Thủy đề nghị…')),
  paragraph(text('Thủy lợi: Duy Tiên hoàn thành đê.')),
);

async function open(app: { bridge: { path(n: string): string }; launch(o: { launchFile: string }): Promise<void> }) {
  const file = app.bridge.path('tim.tinbai');
  const article = referenceArticle();
  await writeFile(file, await encodeDraft({ ...article, meta: { ...article.meta, title: 'Hội nghị Ban Thường vụ Tỉnh ủy', sapo: 'Chiều 28/5, hội nghị do bà Thủy chủ trì.' }, body: BODY }));
  await app.launch({ launchFile: file });
}

test.describe('find and replace', () => {
  test('without tone marks: "hoi nghi" finds Hội nghị in title, sapô and body; the count follows Enter, Shift+Enter and F3', async ({ app }) => {
    await open(app);
    const { page } = app;
    const before = await bodyJson(page);
    await app.body().click();
    await page.keyboard.press(`${mod}+f`);
    const input = page.getByTestId('find-input');
    await expect(input).toBeFocused();
    await expect(page.getByTestId('find-ignore-tones')).toHaveAttribute('aria-pressed', 'true');
    await input.pressSequentially('hoi nghi');
    // Title 1, sapô 1, body 3.
    await expect(page.getByTestId('find-count')).toHaveText(/^1\/5/);
    await expect(page.getByTestId('meta-title')).toHaveAttribute('data-find-current', 'true');
    await expect.poll(() => painted(page, 'st-find')).toEqual(['hội nghị', 'Hội nghị', 'hội nghị']);
    await input.press('Enter');
    await input.press('Enter');
    await expect(page.getByTestId('find-count')).toHaveText('3/5');
    await expect.poll(() => painted(page, 'st-find-current')).toEqual(['hội nghị']);
    await input.press('Shift+Enter');
    await expect(page.getByTestId('find-count')).toHaveText(/^2\/5/);
    await page.keyboard.press('F3');
    await page.keyboard.press('F3');
    await expect(page.getByTestId('find-count')).toHaveText('4/5');
    await app.screenshot('find-bar');

    // "Thuy" finds both tone styles; with marks counting, only the one typed.
    await input.fill('Thuy');
    // Sapô 1, body 4 (Thủy in the old tone style, Thuỷ in the new).
    await expect(page.getByTestId('find-count')).toHaveText('1/5 trong sapô');
    await expect.poll(() => painted(page, 'st-find')).toEqual(['Thủy', 'Thuỷ', 'Thủy', 'Thủy']);
    await page.getByTestId('find-ignore-tones').click();
    await expect(page.getByTestId('find-count')).toHaveText('Không thấy');
    await input.fill('Thuỷ');
    await expect(page.getByTestId('find-count')).toHaveText('1/1');
    await page.getByTestId('find-whole-word').click();
    await input.fill('Thủy');
    await expect.poll(() => painted(page, 'st-find')).toEqual(['Thủy', 'Thủy', 'Thủy']);

    // Searching changed nothing: the document, its undo, its saved state.
    expect(await bodyJson(page)).toEqual(before);
    expect(app.bridge.dirty).toBe(false);
    // Escape closes the bar and leaves the current match selected where it is (the sapô's "Thủy").
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('find-bar')).toHaveCount(0);
    expect(await painted(page, 'st-find')).toEqual([]);
    await expect(page.getByTestId('meta-sapo')).toBeFocused();
    expect(await page.getByTestId('meta-sapo').evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('Thủy');
    await app.body().locator('p').first().click();
    await expect(page.getByTestId('tb-undo')).toBeDisabled();
  });

  test('replace all keeps each match’s formatting and is undone in one step', async ({ app }) => {
    await open(app);
    const { page } = app;
    await app.body().click();
    await page.keyboard.press(mac ? 'Meta+Alt+f' : 'Control+h');
    await expect(page.getByTestId('replace-input')).toBeFocused();
    await page.getByTestId('find-input').fill('thuy');
    await page.getByTestId('find-whole-word').click();
    await expect(page.getByTestId('find-count')).toHaveText('1/5 trong sapô');
    await page.getByTestId('replace-input').fill('Thuận');
    await page.getByTestId('replace-all').click();
    await expect(page.getByTestId('find-count')).toHaveText('Đã thay 5 chỗ');
    await expect(page.getByTestId('meta-sapo')).toHaveValue('Chiều 28/5, hội nghị do bà Thuận chủ trì.');
    await expect(app.body().locator('p').first()).toHaveText('Dự hội nghị có bà Lê Thị Thuận - Bí thư Tỉnh ủy; ông Nguyễn Văn Thuận - Giám đốc Sở.');
    const json = await bodyJson(page);
    const first = json.root.children[0]!.children;
    expect(first.find((n) => n.text.includes('Lê Thị Thuận'))?.format).toBe(1);
    expect(first.find((n) => n.text.includes('Văn Thuận'))?.format).toBe(0);
    await expect(app.body()).toContainText('Thuận lợi: Duy Tiên');

    // One undo takes all the body's replacements back.
    await page.getByTestId('find-close').click();
    await expect(app.body()).toBeFocused();
    await page.keyboard.press(`${mod}+z`);
    await expect(app.body().locator('p').first()).toHaveText('Dự hội nghị có bà Lê Thị Thủy - Bí thư Tỉnh ủy; ông Nguyễn Văn Thuỷ - Giám đốc Sở.');
    await expect(app.body()).toContainText('Thủy lợi');
    await expect(app.body()).toContainText('đồng chí Thủy đề nghị');
  });

  test('Thay replaces the current match and moves on to the next', async ({ app }) => {
    await open(app);
    const { page } = app;
    await app.body().click();
    await page.keyboard.press(`${mod}+f`);
    await page.getByTestId('find-input').fill('Hội nghị');
    await page.getByTestId('find-ignore-tones').click();
    await page.getByTestId('find-match-case').click();
    await expect(page.getByTestId('find-count')).toHaveText(/^1\/2/);
    await page.getByTestId('find-input').press('Enter');
    await expect(page.getByTestId('find-count')).toHaveText('2/2');
    await page.getByRole('button', { name: 'Hiện ô thay thế' }).click();
    await page.getByTestId('replace-input').fill('Cuộc họp');
    await page.getByTestId('replace-one').click();
    await expect(app.body().locator('p').nth(1)).toHaveText(/^Cuộc họp đánh giá cao/);
    await expect(page.getByTestId('meta-title')).toHaveValue('Hội nghị Ban Thường vụ Tỉnh ủy');
    await expect(page.getByTestId('find-count')).toHaveText(/^1\/1/);
  });
});
