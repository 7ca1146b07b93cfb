import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, mod, test } from './harness/fixtures';

const THUY = { id: 'le-thi-thuy', honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], unit: 'Tỉnh ủy', rank: 1 };
const LUA = { id: 'dinh-thi-lua', honorific: 'bà', name: 'Đinh Thị Lụa', titles: ['Phó Bí thư Thường trực Tỉnh ủy'], unit: 'Tỉnh ủy', rank: 2 };
const HUY = { id: 'truong-quoc-huy', honorific: 'ông', name: 'Trương Quốc Huy', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Trưởng đoàn Đại biểu Quốc hội tỉnh'], unit: 'UBND tỉnh', rank: 3 };
const LINH = { id: 'do-thuy-linh', honorific: 'bà', name: 'Đỗ Thùy Linh', titles: ['Giám đốc Sở Y tế'], unit: 'Sở Y tế', rank: 50, inOfficeTo: '2021-12-31' };

async function seedDirectory(folder: string) {
  await writeFile(join(folder, 'directory.json'), JSON.stringify({ version: 1, people: [HUY, LINH, THUY, LUA] }));
}

test.describe('the "@" picker', () => {
  test('in the body: "@" offers the directory in protocol order, writes the full chain or the short form, Shift+Enter the other; undo takes it back', async ({ app }) => {
    await seedDirectory(app.bridge.userDataDir);
    await app.launch();
    const { page } = app;
    await page.evaluate(() => localStorage.removeItem('soantin.mentionForm'));
    await page.getByTestId('meta-date').fill('28/5/2022');
    await app.body().click();

    // An e-mail address is not a mention.
    await page.keyboard.type('Liên hệ ban@tinhuy');
    await expect(page.getByTestId('mention-list')).toHaveCount(0);
    await page.keyboard.press('Enter');

    await page.keyboard.type('Dự hội nghị có @');
    const list = page.getByTestId('mention-list');
    await expect(list).toBeVisible();
    // Everyone, in protocol order; the one out of office on the article's date is marked.
    await expect(list.getByTestId('mention-option')).toHaveText([/Lê Thị Thủy/, /Đinh Thị Lụa/, /Trương Quốc Huy/, /Đỗ Thùy Linh.*không đương nhiệm/]);
    await page.keyboard.type('thuy');
    // Matched without tone marks, on a word of the name.
    await expect(list.getByTestId('mention-option')).toHaveText([/Lê Thị Thủy/, /Đỗ Thùy Linh/]);
    await expect(list.getByTestId('mention-form-full')).toHaveAttribute('aria-pressed', 'true');
    await app.screenshot('mention-picker-body');
    await page.keyboard.press('Enter');
    await expect(list).toHaveCount(0);
    await page.keyboard.type('.');
    await expect(app.body().locator('p').nth(1)).toHaveText('Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh.');

    // The short form, chosen in the list, at a sentence's start: a capital where it stands.
    await page.keyboard.press('Enter');
    await page.keyboard.type('@bi thu');
    await expect(list.getByTestId('mention-option')).toHaveText([/Lê Thị Thủy/, /Đinh Thị Lụa/, /Trương Quốc Huy/]);
    await list.getByTestId('mention-form-short').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(list.getByTestId('mention-option').nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(list.getByTestId('mention-option').nth(2)).toContainText('Chủ tịch UBND tỉnh Trương Quốc Huy');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' và @lụa');
    // Shift+Enter: the other form than the list's (now short), so the full chain.
    await page.keyboard.press('Shift+Enter');
    await expect(app.body().locator('p').nth(2)).toHaveText('Chủ tịch UBND tỉnh Trương Quốc Huy và bà Đinh Thị Lụa - Phó Bí thư Thường trực Tỉnh ủy');

    // One undo step takes the person back to what was typed.
    await page.keyboard.press(`${mod}+z`);
    await expect(app.body().locator('p').nth(2)).not.toContainText('Đinh Thị Lụa');
    await expect(app.body().locator('p').nth(2)).toContainText('Chủ tịch UBND tỉnh Trương Quốc Huy');
    // The "@…" is back before the caret, and so is its list; Escape closes it.
    await expect(list).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);

    // After Escape, Enter is a new paragraph, not a person.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(app.body().locator('p').nth(2)).toContainText('và @l');
    await expect(app.body().locator('p').nth(2)).not.toContainText('Đinh Thị Lụa');
    // The choice of form is remembered.
    await page.keyboard.type('@xyz');
    await expect(list).toContainText('Không có ai trong danh bạ khớp “xyz”');
    await expect(list.getByTestId('mention-form-short')).toHaveAttribute('aria-pressed', 'true');
    expect(app.problems).toEqual([]);
  });

  test('in the Mẫu tab: "@" in the attendees adds a directory person; in the topic it writes them', async ({ app }) => {
    await seedDirectory(app.bridge.userDataDir);
    await app.launch();
    const { page } = app;
    await page.evaluate(() => localStorage.setItem('soantin.mentionForm', 'short'));
    await page.keyboard.press(`${mod}+Shift+N`);
    await page.getByTestId('template-create').click();
    const panel = page.getByTestId('template-panel');
    await panel.getByTestId('tpl-date').fill('28/5/2022');

    const group = panel.getByTestId('tpl-group-input');
    await group.click();
    await page.keyboard.type('@truong');
    const list = panel.getByTestId('mention-list');
    await expect(list.getByTestId('mention-option')).toHaveText([/Trương Quốc Huy.*thêm vào danh sách dự/]);
    await app.screenshot('mention-picker-attendees');
    await page.keyboard.press('Enter');
    await expect(panel.getByTestId('tpl-attendee')).toHaveCount(1);
    await expect(panel.getByTestId('tpl-attendee')).toContainText('Trương Quốc Huy');
    await expect(group).toHaveValue('');
    await expect(app.body().locator('p[data-template-part="attendees"]')).toContainText('ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh - Trưởng đoàn Đại biểu Quốc hội tỉnh');

    const topic = panel.getByTestId('tpl-field-topic');
    await topic.click();
    await page.keyboard.type('kết quả công tác theo chỉ đạo của @lua');
    await expect(list.getByTestId('mention-option')).toHaveText([/Phó Bí thư Thường trực Tỉnh ủy Đinh Thị Lụa/]);
    await list.getByTestId('mention-option').click();
    await expect(topic).toHaveValue('kết quả công tác theo chỉ đạo của Phó Bí thư Thường trực Tỉnh ủy Đinh Thị Lụa');
    await expect(topic).toBeFocused();
    // Escape closes the list and nothing else.
    await page.keyboard.type(' @');
    await expect(list).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(panel).toBeVisible();
    expect(app.problems).toEqual([]);
  });
});
