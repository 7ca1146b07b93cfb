import type { Page } from '@playwright/test';
import { expect, mod, test } from './harness/fixtures';
import { paste } from './harness/paste';

/** The body as Lexical holds it (what a save writes). */
async function bodyJson(page: Page): Promise<{ root: { children: Array<Record<string, unknown>> } }> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="editor-body"]') as HTMLElement & {
      __lexicalEditor: { getEditorState(): { toJSON(): unknown } };
    };
    return root.__lexicalEditor.getEditorState().toJSON() as { root: { children: Array<Record<string, unknown>> } };
  });
}



test.describe('editing surface', () => {
  test('toolbar speaks Vietnamese, shows shortcuts and reflects bold at the caret', async ({ app }) => {
    await app.launch();
    const { page } = app;
    // The label names the key the officer presses: ⌘B on macOS, Ctrl+B elsewhere.
    await expect(page.getByTestId('tb-bold')).toHaveAttribute('title', mod === 'Meta' ? 'Đậm (⌘B)' : 'Đậm (Ctrl+B)');
    await expect(page.getByTestId('tb-italic')).toHaveAttribute('aria-label', 'Nghiêng');
    await expect(page.getByTestId('tb-undo')).toBeDisabled();
    await expect(page.getByTestId('tb-redo')).toBeDisabled();
    await expect(page.getByTestId('tb-block').locator('option')).toHaveText(['Đoạn văn', 'Tiêu đề 2', 'Tiêu đề 3', 'Trích dẫn']);

    await app.body().click();
    await page.keyboard.press(`${mod}+b`);
    await page.keyboard.type('Hội nghị');
    await expect(page.getByTestId('tb-bold')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.body().locator('strong, .st-bold').first()).toHaveText('Hội nghị');
    await page.keyboard.press(`${mod}+b`);
    await page.keyboard.type(' thường');
    await expect(page.getByTestId('tb-bold')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('tb-undo')).toBeEnabled();

    await page.getByTestId('tb-block').selectOption('h2');
    await expect(app.body().locator('h2')).toHaveText('Hội nghị thường');
  });

  test('moving the caret does not mark the draft changed; typing does', async ({ app }) => {
    const { validDraft } = await import('../fixtures/drafts');
    const { writeFile } = await import('node:fs/promises');
    const file = app.bridge.path('di-chuyen.tinbai');
    await writeFile(file, await validDraft());
    await app.launch();
    const { page } = app;
    await app.bridge.emit(page, 'onOpenFileRequest', { path: file });
    await expect(page).toHaveTitle('di-chuyen.tinbai — Soạn Tin');
    const bold = page.getByTestId('tb-bold');

    // The first paragraph opens with "Dự hội nghị có " and then a bold run. Each move is seen
    // to be processed (the toolbar follows the caret) before the check that nothing changed.
    await app.body().locator('p').first().click({ position: { x: 2, y: 4 } }); // before its first letter
    await expect(bold).toHaveAttribute('aria-pressed', 'false');
    for (let i = 0; i < 'Dự hội nghị có b'.length; i += 1) await page.keyboard.press('ArrowRight');
    await expect(bold).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Shift+End'); // a selection is no change either
    await page.keyboard.press('Home');
    await expect(bold).toHaveAttribute('aria-pressed', 'false');
    // The window title is set by the same render that tells the main process; it has no "●".
    await expect(page).toHaveTitle('di-chuyen.tinbai — Soạn Tin');
    expect(app.bridge.dirty).toBe(false);
    await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

    await page.keyboard.type('Tin ');
    await expect.poll(() => app.bridge.dirty).toBe(true);
    await expect(page).toHaveTitle('● di-chuyen.tinbai — Soạn Tin');
  });

  test('undo and redo by keyboard and toolbar; redo enables only after an undo', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Kỳ họp thứ 5');
    await page.keyboard.press(`${mod}+z`);
    await expect(app.body()).not.toContainText('Kỳ họp');
    await expect(page.getByTestId('tb-redo')).toBeEnabled();
    await page.keyboard.press(`${mod}+y`);
    await expect(app.body()).toContainText('Kỳ họp thứ 5');
    await page.getByTestId('tb-undo').click();
    await expect(app.body()).not.toContainText('Kỳ họp');
    await page.keyboard.press(`Shift+${mod}+z`);
    await expect(app.body()).toContainText('Kỳ họp thứ 5');
    await expect(page.getByTestId('tb-redo')).toBeDisabled();
  });

  test('decomposed Vietnamese typed or pasted is stored composed (NFC) with the caret in place', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    // Unikey's "Unicode tổ hợp" sends a base letter plus a combining mark.
    await page.keyboard.insertText('Tha\u0300nh pho\u0302\u0301');
    await page.keyboard.type(' Phủ Lý');
    const text = await app.body().innerText();
    expect(text).toBe('Thành phố Phủ Lý');
    expect(text).toBe(text.normalize('NFC'));

    await page.keyboard.press('Enter');
    await paste(page, { text: 'Tỉnh ủy Hà Nam'.normalize('NFD') });
    const json = JSON.stringify(await bodyJson(page));
    expect(json).toContain('Tỉnh ủy Hà Nam'.normalize('NFC'));
    expect(json).not.toContain('\u0300');
    expect(json).not.toContain('\u0309');
  });

  test('Word and Google Docs HTML paste keeps structure, drops styles, and Docs wrapper is not bold', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await paste(page, {
      html:
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234abcd">' +
        '<h1 dir="ltr" style="margin:0"><span style="font-size:20pt">Tiêu đề lớn</span></h1>' +
        '<p dir="ltr"><span style="font-weight:400">Dự hội nghị có </span><span style="font-weight:700">bà Lê Thị Thủy</span>' +
        '<span style="font-style:italic"> - Bí thư Tỉnh ủy</span></p>' +
        '<ul><li><p><span>Mục một</span></p></li><li><p><span>Mục hai</span></p></li></ul></b>',
      text: 'Tiêu đề lớn\nDự hội nghị có bà Lê Thị Thủy - Bí thư Tỉnh ủy',
    });
    await expect(app.body().locator('h2')).toHaveText('Tiêu đề lớn');
    await expect(app.body().locator('strong, .st-bold')).toHaveText(['bà Lê Thị Thủy']);
    await expect(app.body().locator('em, .st-italic')).toHaveText([' - Bí thư Tỉnh ủy']);
    await expect(app.body().locator('li')).toHaveText(['Mục một', 'Mục hai']);
    const html = await app.body().innerHTML();
    expect(html).not.toMatch(/font-size|docs-internal|font-weight/);

    await paste(page, {
      html:
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>' +
        '<p class=MsoNormal style="mso-line-height-alt:12pt">Tổng thu ngân sách đạt <b>76.300 tỷ đồng</b><o:p></o:p></p>' +
        '<p class=MsoNormal><o:p>&nbsp;</o:p></p>' +
        '<table class=MsoTableGrid><tr><td><p class=MsoNormal>Chỉ tiêu</p></td><td><p class=MsoNormal>12,93%</p></td></tr></table>' +
        '</body></html>',
      text: 'Tổng thu ngân sách đạt 76.300 tỷ đồng',
    });
    await expect(app.body()).toContainText('Tổng thu ngân sách đạt 76.300 tỷ đồng');
    await expect(app.body().locator('td, th')).toHaveText(['Chỉ tiêu', '12,93%']);
    const after = await app.body().innerHTML();
    expect(after).not.toMatch(/Mso|mso-|o:p/);
    // Pasting styled HTML must not flood the console with CSP reports (slow on a long Word paste).
    expect(app.problems.filter((p) => /Content Security Policy/.test(p))).toEqual([]);
  });

  test("Word's list paragraphs paste as real lists, numbered or bulleted, nested by level", async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    const item = (level: number, marker: string, text: string) =>
      `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level${level} lfo1'>` +
      `<![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]>` +
      `${text}<o:p></o:p></p>\n`;
    await paste(page, {
      html:
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>' +
        '<p class=MsoNormal>Kết quả nổi bật:<o:p></o:p></p>\n' +
        item(1, '1.', 'Thu nhập bình quân đạt 65,50 triệu đồng;') +
        item(1, '2.', 'Giá trị sản xuất công nghiệp tăng 19,29%:') +
        item(2, 'o', 'khu công nghiệp Đồng Văn;') +
        item(2, 'o', 'cụm công nghiệp Cầu Giát.') +
        item(1, '3.', 'Thu ngân sách đạt 1.259,84 tỷ đồng.') +
        '<p class=MsoNormal>Hội nghị kết thúc./.<o:p></o:p></p>' +
        '</body></html>',
      text: 'Kết quả nổi bật:',
    });
    const body = app.body();
    await expect(body.locator('ol > li > ul > li')).toHaveText(['khu công nghiệp Đồng Văn;', 'cụm công nghiệp Cầu Giát.']);
    await expect(body.locator('ol')).toHaveCount(1);
    await expect(body.locator('ol > li').first()).toHaveText('Thu nhập bình quân đạt 65,50 triệu đồng;');
    await expect(body).toContainText('Thu ngân sách đạt 1.259,84 tỷ đồng.');
    await expect(body).toContainText('Hội nghị kết thúc./.');
    // Word's typed numbers and bullets are gone: the list draws its own.
    expect(await body.innerText()).not.toMatch(/^\s*(1\.|2\.|o)\s/m);
    await app.screenshot('07-word-lists');
  });

  test('a hostile paste leaves no script, handler or javascript: link in the document', async ({ app }) => {
    await app.launch();
    const { page } = app;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.evaluate(() => {
      (window as unknown as { __pwned: number }).__pwned = 0;
    });
    await app.body().click();
    await paste(page, {
      html:
        '<p>Tin an toàn<img src=x onerror="window.__pwned=1"></p>' +
        '<p><a href="javascript:window.__pwned=2">bấm vào đây</a> và <a href="https://baohanam.com.vn" onclick="window.__pwned=3">báo</a></p>' +
        '<script>window.__pwned=4</script><p onmouseover="window.__pwned=5" style="background:url(javascript:1)">cuối</p>' +
        '<a href="data:text/html,<script>alert(1)</script>">dữ liệu</a>',
      text: 'Tin an toàn',
    });
    await expect(app.body()).toContainText('Tin an toàn');
    await expect(app.body()).toContainText('bấm vào đây');
    await app.body().locator('p', { hasText: 'cuối' }).hover();
    const json = JSON.stringify(await bodyJson(page));
    expect(json).not.toMatch(/javascript:|data:text|onerror|onclick|onmouseover|<script/i);
    expect(json).toContain('https://baohanam.com.vn');
    const html = await app.body().innerHTML();
    expect(html).not.toMatch(/<img|<script|onerror|onclick|onmouseover|javascript:/i);
    expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
    // Nothing was fetched for the pasted image, and no blocked handler was even attempted.
    expect(requested.filter((u) => /\/x$/.test(u))).toEqual([]);
    expect(app.problems.filter((p) => /pageerror|Content Security Policy/.test(p))).toEqual([]);
  });

  test('a paste nested 20,000 levels deep, or 1.3 MB of Word paragraphs, arrives as its text without breaking the page', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    const depth = 20_000;
    await paste(page, {
      html: '<div><span>'.repeat(depth / 2) + 'Tin sâu' + '</span></div>'.repeat(depth / 2) + '<p>Đoạn sau</p>',
      text: 'Tin sâu',
    });
    await expect(app.body().locator('p')).toHaveText(['Tin sâu', 'Đoạn sau']);

    const count = 5000;
    const para = (i: number) =>
      `<p class=MsoNormal style='margin:0cm;text-align:justify;line-height:150%'><span lang=VI style='font-size:14.0pt;font-family:"Times New Roman",serif'>` +
      `Đoạn ${i}: tổng thu ngân sách đạt <b>1.259,84 tỷ đồng</b>, tăng 12,93%.<o:p></o:p></span></p>\n`;
    await page.keyboard.press(`${mod}+a`);
    await page.keyboard.press('Delete');
    const started = Date.now();
    await paste(page, { html: Array.from({ length: count }, (_, i) => para(i + 1)).join(''), text: 'Đoạn 1' });
    await expect(app.body().locator('p')).toHaveCount(count);
    console.log(`paste of ${count} Word paragraphs shown after ${Date.now() - started} ms`);
    await expect(app.body().locator('p').last()).toHaveText(`Đoạn ${count}: tổng thu ngân sách đạt 1.259,84 tỷ đồng, tăng 12,93%.`);
    await expect(app.body().locator('strong')).toHaveCount(count);
  });

  test('link editor: Ctrl+K, bare domain becomes https, javascript: is refused, Escape closes', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Báo Hà Nam');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press(`${mod}+k`);
    const box = page.getByTestId('link-editor');
    await expect(box).toBeVisible();
    await page.getByTestId('link-url').fill('javascript:alert(1)');
    await page.getByTestId('link-apply').click();
    await expect(box).toContainText('Chỉ nhận liên kết http, https hoặc mailto.');
    await expect(app.body().locator('a')).toHaveCount(0);

    await page.getByTestId('link-url').fill('baohanam.com.vn');
    await page.getByTestId('link-apply').click();
    await expect(box).toBeHidden();
    const link = app.body().locator('a');
    await expect(link).toHaveText('Báo Hà Nam');
    await expect(link).toHaveAttribute('href', 'https://baohanam.com.vn');
    await expect(page.getByTestId('tb-link')).toHaveAttribute('aria-pressed', 'true');

    // A plain click does not navigate; Ctrl/Cmd+click opens it in the system browser.
    const url = page.url();
    await link.click();
    expect(page.url()).toBe(url);
    expect(app.bridge.openedExternally).toEqual([]);
    await link.click({ modifiers: [mod] });
    await expect.poll(() => app.bridge.openedExternally).toEqual(['https://baohanam.com.vn']);

    await page.getByTestId('tb-link').click();
    await expect(page.getByTestId('link-url')).toHaveValue('https://baohanam.com.vn');
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();

    await page.getByTestId('tb-link').click();
    await page.getByTestId('link-remove').click();
    await expect(app.body().locator('a')).toHaveCount(0);
    await expect(app.body()).toContainText('Báo Hà Nam');
  });

  test('table menu inserts a 3×3 table with a header row and edits rows and columns at the caret', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.getByTestId('tb-table').click();
    await expect(page.getByTestId('table-row-below')).toBeDisabled();
    await page.getByTestId('table-insert').click();
    const table = app.body().locator('table');
    await expect(table.locator('tr')).toHaveCount(3);
    await expect(table.locator('tr').first().locator('th')).toHaveCount(3);
    await expect(table.locator('tr').nth(1).locator('td')).toHaveCount(3);

    await table.locator('tr').nth(1).locator('td').first().click();
    await page.keyboard.type('Chỉ tiêu');
    await page.getByTestId('tb-table').click();
    await page.getByTestId('table-row-below').click();
    await expect(table.locator('tr')).toHaveCount(4);
    await page.getByTestId('tb-table').click();
    await page.getByTestId('table-col-right').click();
    await expect(table.locator('tr').first().locator('th, td')).toHaveCount(4);
    await page.getByTestId('tb-table').click();
    await page.getByTestId('table-col-delete').click();
    await expect(table.locator('tr').first().locator('th, td')).toHaveCount(3);
    await page.getByTestId('tb-table').click();
    await page.getByTestId('table-row-delete').click();
    await expect(table.locator('tr')).toHaveCount(3);
    await app.screenshot('editor-table');
    await page.getByTestId('tb-table').click();
    await page.getByTestId('table-delete').click();
    await expect(app.body().locator('table')).toHaveCount(0);
  });

  test('lists toggle from the toolbar and the word count follows typing', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.getByTestId('tb-ul').click();
    await page.keyboard.type('Một hai ba');
    await expect(app.body().locator('ul > li')).toHaveText(['Một hai ba']);
    await expect(page.getByTestId('tb-ul')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('tb-ol').click();
    await expect(app.body().locator('ol > li')).toHaveText(['Một hai ba']);
    await page.getByTestId('tb-ol').click();
    await expect(app.body().locator('ol, ul')).toHaveCount(0);
    await expect(page.getByTestId('word-count')).toHaveText('3 từ · 10 ký tự');
  });

  test('Tab nests a list item one level, Shift+Tab brings it back; outside a list Tab leaves the body', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.getByTestId('tb-ul').click();
    await page.keyboard.type('Kinh tế');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Công nghiệp');
    await page.keyboard.press('Tab');
    await expect(app.body().locator('ul ul li')).toHaveText(['Công nghiệp']);
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('Tab');
    await expect(app.body().locator('ul ul ul ul ul li')).toHaveText(['Công nghiệp']); // five levels…
    await expect(app.body().locator('ul ul ul ul ul ul')).toHaveCount(0); // …and no more
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('Shift+Tab');
    await expect(app.body().locator('ul ul')).toHaveCount(0);
    await expect(app.body().locator('ul > li')).toHaveText(['Kinh tế', 'Công nghiệp']);
    await expect(app.body()).toBeFocused();

    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // out of the list
    await page.keyboard.press('Tab');
    await expect(app.body()).not.toBeFocused();
    await expect(app.body().locator('ul > li')).toHaveText(['Kinh tế', 'Công nghiệp']);
  });
});
