import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { directoryWorkbook, zipBombWorkbook } from '../fixtures/directory-xlsx';
import { expect, mod, test } from './harness/fixtures';

const THUY = { id: 'le-thi-thuy', honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], unit: 'Tỉnh ủy', rank: 1 };
const LUA = { id: 'dinh-thi-lua', honorific: 'bà', name: 'Đinh Thị Lụa', titles: ['Phó Bí thư Thường trực Tỉnh ủy'], unit: 'Tỉnh ủy', rank: 2 };
const HUY = { id: 'truong-quoc-huy', honorific: 'ông', name: 'Trương Quốc Huy', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Trưởng đoàn Đại biểu Quốc hội tỉnh'], unit: 'UBND tỉnh', rank: 3 };

const TOPIC = 'tình hình, kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV, nhiệm kỳ 2020-2025';
const TITLE = 'Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên';
const SAPO = (date: string) => `Chiều ngày ${date}, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Thị ủy Duy Tiên về ${TOPIC}.`;
const ATTENDEES =
  'Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; bà Đinh Thị Lụa - Phó Bí thư Thường trực Tỉnh ủy; ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh - Trưởng đoàn Đại biểu Quốc hội tỉnh; Ủy viên BTV Tỉnh ủy; lãnh đạo UBND tỉnh; đại diện lãnh đạo các sở, ngành; BTV Thị ủy Duy Tiên.';

/** The office's directory, as the app keeps it in its data folder. */
async function seedDirectory(folder: string, people: unknown[]) {
  await writeFile(join(folder, 'directory.json'), JSON.stringify({ version: 1, people }));
}

test.describe('templates and the leader directory', () => {
  test('a working session from the template: the form writes title, sapô and attendees; a sapô edited by hand is kept and marked when the date changes', async ({ app }) => {
    await seedDirectory(app.bridge.userDataDir, [THUY, LUA, HUY]);
    await app.launch();
    const { page } = app;

    await page.keyboard.press(`${mod}+Shift+N`);
    const chooser = page.getByTestId('template-chooser');
    await expect(chooser).toBeVisible();
    await expect(chooser.getByTestId('template-preview')).toContainText('‹Bên chủ trì (A)› làm việc với ‹Làm việc với (B)›');
    await chooser.getByTestId('template-choice-conference').click();
    await expect(chooser.getByTestId('template-preview')).toContainText('tổ chức hội nghị ‹Loại hội nghị›');
    await app.screenshot('templates-chooser');
    await chooser.getByTestId('template-choice-working-session').click();
    await chooser.getByTestId('template-create').click();
    await expect(chooser).toBeHidden();

    // The new draft opens on the Mẫu tab, with the skeleton's greyed hints in the body.
    const panel = page.getByTestId('template-panel');
    await expect(panel).toBeVisible();
    await expect(app.body().locator('[data-template-hint]').first()).toBeVisible();
    await expect(page.getByTestId('meta-title')).toHaveValue('');

    await panel.getByTestId('tpl-session').selectOption('Chiều');
    await panel.getByTestId('tpl-date').fill('28/5/2022');
    await panel.getByTestId('tpl-field-host').fill('Ban Thường vụ Tỉnh ủy');
    await panel.getByTestId('tpl-field-counterpart').fill('Ban Thường vụ Thị ủy Duy Tiên');
    await panel.getByTestId('tpl-field-topic').fill(TOPIC);
    for (const person of [HUY, THUY, LUA]) await panel.getByTestId('tpl-add-person').selectOption(person.id);
    // Added out of order, then put in protocol order.
    await panel.getByRole('button', { name: 'Xếp theo thứ tự nghi lễ' }).click();
    for (const group of ['Ủy viên BTV Tỉnh ủy', 'lãnh đạo UBND tỉnh', 'đại diện lãnh đạo các sở, ngành', 'BTV Thị ủy Duy Tiên']) {
      await panel.getByTestId('tpl-group-input').fill(group);
      await panel.getByTestId('tpl-add-group').click();
    }
    await panel.getByTestId('tpl-directive').selectOption(`d:${THUY.id}`);

    await expect(page.getByTestId('meta-title')).toHaveValue(TITLE);
    await expect(page.getByTestId('meta-sapo')).toHaveValue(SAPO('28/5/2022'));
    const attendees = app.body().locator('p[data-template-part="attendees"]');
    await expect(attendees).toHaveText(ATTENDEES);
    const directive = app.body().locator('p[data-template-part="directiveOpening"]');
    await expect(directive).toContainText('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy');
    // The hints follow the fields too, while nobody has written in their paragraph.
    await expect(directive.locator('[data-template-hint]')).toHaveAttribute('data-template-hint', /đề nghị BTV Thị ủy Duy Tiên tập trung/);
    await expect(panel.getByTestId('tpl-captions')).toContainText('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị');
    await expect(page.getByTestId('date-line')).toContainText('28/5/2022');
    await app.screenshot('templates-form');

    // Reorder by dragging: the last group to the top of the groups and back.
    const rows = panel.getByTestId('tpl-attendee');
    await rows.nth(6).dragTo(rows.nth(3));
    await expect(attendees).toContainText('Trưởng đoàn Đại biểu Quốc hội tỉnh; BTV Thị ủy Duy Tiên; Ủy viên BTV Tỉnh ủy');
    await panel.getByTestId('tpl-attendee').nth(3).getByRole('button', { name: 'Đưa xuống' }).click();
    await panel.getByTestId('tpl-attendee').nth(4).getByRole('button', { name: 'Đưa xuống' }).click();
    await panel.getByTestId('tpl-attendee').nth(5).getByRole('button', { name: 'Đưa xuống' }).click();
    await expect(attendees).toHaveText(ATTENDEES);

    // The officer writes the directive after its opening: the hint goes, the end mark stays.
    // A click on the greyed hint puts the caret between the opening and the end mark.
    await directive.locator('[data-template-hint]').click();
    await page.keyboard.type('đề nghị Thị ủy tập trung khắc phục hạn chế');
    await expect(directive).toHaveText('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy đề nghị Thị ủy tập trung khắc phục hạn chế./.');
    await expect(directive.locator('[data-template-hint]')).toHaveCount(0);
    await app.screenshot('templates-draft');

    // The sapô edited by hand…
    const sapo = page.getByTestId('meta-sapo');
    const handSapo = `${SAPO('28/5/2022').slice(0, -1)}, với sự tham dự của các đồng chí trong Ban Thường vụ.`;
    await sapo.fill(handSapo);
    await expect(panel.getByTestId('tpl-part-sapo')).toHaveAttribute('data-state', 'edited');

    // …is kept and marked when the date changes; the parts nobody touched follow the fields.
    await panel.getByTestId('tpl-date').fill('30/5/2022');
    await expect(page.getByTestId('date-line')).toContainText('30/5/2022');
    await expect(sapo).toHaveValue(handSapo);
    await expect(panel.getByTestId('tpl-part-sapo')).toContainText('Đã sửa tay');
    await expect(panel.getByTestId('tpl-part-title')).toHaveAttribute('data-state', 'generated');
    await panel.getByTestId('tpl-field-counterpart').fill('Ban Thường vụ Thị ủy Duy Tiên mở rộng');
    await expect(page.getByTestId('meta-title')).toHaveValue(`${TITLE} mở rộng`);
    await expect(sapo).toHaveValue(handSapo);
    await expect(directive).toContainText('đề nghị Thị ủy tập trung khắc phục hạn chế./.');
    await panel.getByTestId('tpl-field-counterpart').fill('Ban Thường vụ Thị ủy Duy Tiên');

    // The attendee paragraph edited by hand is marked in the body's margin too.
    // The caret at the paragraph's end, as a click after its last word puts it.
    await attendees.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      range.collapse(false);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    // The selectionchange reaches the editor as a task of its own: let it land before the keys.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.keyboard.press('Backspace');
    await page.keyboard.type(' và đại diện Văn phòng Tỉnh ủy.');
    await expect(attendees).toContainText('BTV Thị ủy Duy Tiên và đại diện Văn phòng Tỉnh ủy.');
    await expect(attendees).toHaveAttribute('data-template-edited', 'true');
    await expect(panel.getByTestId('tpl-part-attendees')).toHaveAttribute('data-state', 'edited');
    await panel.getByTestId('tpl-part-sapo').scrollIntoViewIfNeeded();
    await app.screenshot('templates-edited');

    // One click takes the template's version back.
    await panel.getByTestId('tpl-take-sapo').click();
    await expect(sapo).toHaveValue(SAPO('30/5/2022'));
    await expect(panel.getByTestId('tpl-part-sapo')).toHaveAttribute('data-state', 'generated');
    await panel.getByTestId('tpl-take-attendees').click();
    await expect(attendees).toHaveText(ATTENDEES);
    await expect(attendees).not.toHaveAttribute('data-template-edited', 'true');

    // Saved and opened again: the template, its fields and what it wrote come back.
    const file = app.bridge.path('Duy Tiên.tinbai');
    app.bridge.answerSave(file);
    await page.keyboard.press(`${mod}+S`);
    await expect(page.getByTestId('save-status')).toContainText(/Đã lưu/);
    app.bridge.answerOpen(file);
    await page.keyboard.press(`${mod}+N`);
    await page.keyboard.press(`${mod}+O`);
    await expect(page.getByTestId('meta-title')).toHaveValue(TITLE);
    await page.getByTestId('tab-template').click();
    await expect(page.getByTestId('tpl-field-host')).toHaveValue('Ban Thường vụ Tỉnh ủy');
    await expect(page.getByTestId('tpl-part-sapo')).toHaveAttribute('data-state', 'generated');
    await expect(app.body().locator('p[data-template-part="directiveOpening"]')).toContainText('khắc phục hạn chế./.');
  });

  test('the title check finds an outdated title, selects it and fixes it from the directory', async ({ app }) => {
    await seedDirectory(app.bridge.userDataDir, [THUY, LUA, HUY]);
    await app.launch();
    const { page } = app;
    await page.getByTestId('meta-date').fill('28/5/2022');
    await app.body().click();
    await page.keyboard.type('Phó Chủ tịch UBND tỉnh Trương Quốc Huy đề nghị các sở, ngành tập trung tháo gỡ khó khăn.');
    await page.getByTestId('tab-template').click();
    await page.getByTestId('mention-check-run').click();
    const issue = page.getByTestId('mention-issue');
    await expect(issue).toHaveCount(1);
    await expect(issue).toContainText('chức danh cũ');
    await expect(issue).toContainText('Danh bạ: Chủ tịch UBND tỉnh Trương Quốc Huy');
    await app.screenshot('templates-mention-check');
    await issue.getByTestId('mention-issue-select').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Phó Chủ tịch UBND tỉnh Trương Quốc Huy');
    await issue.getByTestId('mention-issue-fix').click();
    await expect(app.body()).toContainText('Chủ tịch UBND tỉnh Trương Quốc Huy đề nghị');
    await expect(app.body()).not.toContainText('Phó Chủ tịch UBND tỉnh');
    await page.getByTestId('mention-check-run').click();
    await expect(page.getByTestId('mention-check-none')).toBeVisible();
  });

  test('the directory dialog: a person added and saved in the data folder, NFC, in protocol order', async ({ app }) => {
    await seedDirectory(app.bridge.userDataDir, [LUA, THUY]);
    await app.launch();
    const { page } = app;
    await page.getByTestId('tab-template').click();
    await page.getByTestId('open-directory').first().click();
    const dialog = page.getByTestId('directory-dialog');
    await expect(dialog.getByTestId('dir-row')).toHaveCount(2);
    await expect(dialog.getByTestId('dir-name').first()).toHaveValue('Lê Thị Thủy');
    await dialog.getByTestId('dir-add').click();
    const row = dialog.getByTestId('dir-row').nth(2);
    await row.getByTestId('dir-honorific').fill('ông');
    // Typed with a combining-mark keyboard (Unikey's "Unicode tổ hợp"): stored composed.
    await row.getByTestId('dir-name').fill('Trương Quốc Huy'.normalize('NFD'));
    await row.getByTestId('dir-titles').fill('Phó Bí thư Tỉnh ủy\nChủ tịch UBND tỉnh');
    await row.getByTestId('dir-rank').fill('3');
    await row.getByTestId('dir-from').fill('31/2/2021');
    await dialog.getByTestId('dir-save').click();
    await expect(dialog.getByTestId('dir-note')).toContainText('Người thứ 3');
    await row.getByTestId('dir-from').fill('1/7/2021');
    await app.screenshot('templates-directory');
    await dialog.getByTestId('dir-save').click();
    await expect(dialog.getByTestId('dir-note')).toContainText('Đã lưu danh bạ.');
    const stored = JSON.parse(await readFile(join(app.bridge.userDataDir, 'directory.json'), 'utf8'));
    expect(stored.people.map((p: { name: string }) => p.name)).toEqual(['Lê Thị Thủy', 'Đinh Thị Lụa', 'Trương Quốc Huy']);
    expect(stored.people[2]).toMatchObject({ id: 'truong-quoc-huy', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], inOfficeFrom: '2021-07-01' });
    await dialog.getByTestId('dir-close').click();
    // The Mẫu tab's people come from the saved directory at once.
    await page.keyboard.press(`${mod}+Shift+N`);
    await page.getByTestId('template-create').click();
    await expect(page.getByTestId('tpl-add-person').locator('option')).toContainText(['Chủ tịch UBND tỉnh Trương Quốc Huy']);
  });
  test('the directory dialog imports the office’s Excel workbook in protocol order, refuses a zip bomb leaving the directory as it was, and exports Excel', async ({ app }) => {
    await seedDirectory(app.bridge.userDataDir, [THUY]);
    const stored = () => readFile(join(app.bridge.userDataDir, 'directory.json'), 'utf8');
    const before = await stored();
    const bomb = app.bridge.path('danh-ba-bom.xlsx');
    await writeFile(bomb, await zipBombWorkbook());
    const workbook = app.bridge.path('danh-ba.xlsx');
    await writeFile(workbook, await directoryWorkbook());
    await app.launch();
    const { page } = app;
    await page.getByTestId('tab-template').click();
    await page.getByTestId('open-directory').first().click();
    const dialog = page.getByTestId('directory-dialog');
    await expect(dialog.getByTestId('dir-row')).toHaveCount(1);

    app.bridge.answerDirectoryFile(bomb);
    await dialog.getByTestId('dir-import').click();
    await expect(dialog.getByTestId('dir-note')).toHaveText('Tệp Excel giải nén ra quá lớn so với một danh bạ (có thể là tệp nén độc hại) nên không đọc. Danh bạ không thay đổi.');
    await expect(dialog.getByTestId('dir-note')).toHaveAttribute('role', 'alert');
    await expect(dialog.getByTestId('dir-row')).toHaveCount(1);
    await expect(dialog.getByTestId('dir-name')).toHaveValue('Lê Thị Thủy');
    await expect(dialog.getByTestId('dir-save')).toBeDisabled();
    // With nothing to save, Lưu looks unavailable, not like the button to press.
    expect(Number(await dialog.getByTestId('dir-save').evaluate((b) => getComputedStyle(b).opacity))).toBeLessThan(1);
    await app.screenshot('templates-directory-xlsx-bomb');
    expect(await stored()).toBe(before);

    app.bridge.answerDirectoryFile(workbook);
    await dialog.getByTestId('dir-import').click();
    await expect(dialog.getByTestId('dir-note')).toContainText('Đã đọc 4 người từ tệp. Bấm Lưu để dùng danh bạ này.');
    await expect(dialog.getByTestId('dir-note')).toContainText('Dòng 10: Dòng này không có họ tên nên đã bỏ qua.');
    // The sheet lists Trần Văn Sơn (rank 20) before Trương Quốc Huy (rank 3): shown in protocol order.
    await expect
      .poll(() => dialog.getByTestId('dir-name').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)))
      .toEqual(['Lê Thị Thủy', 'Đinh Thị Lụa', 'Trương Quốc Huy', 'Trần Văn Sơn']);
    const huy = dialog.getByTestId('dir-row').nth(2);
    await expect(huy.getByTestId('dir-titles')).toHaveValue('Phó Bí thư Tỉnh ủy\nChủ tịch UBND tỉnh\nTrưởng đoàn Đại biểu Quốc hội tỉnh');
    await expect(huy.getByTestId('dir-from')).toHaveValue('1/7/2021');
    await expect(dialog.getByTestId('dir-row').nth(3).getByTestId('dir-to')).toHaveValue('31/3/2023');
    // The whole chain shows, without scrolling its box.
    expect(await huy.getByTestId('dir-titles').evaluate((t) => t.scrollHeight <= t.clientHeight + 1)).toBe(true);
    await app.screenshot('templates-directory-xlsx');
    expect(await stored()).toBe(before);
    // Escape loses nothing: the people read stay, and the dialog says how to keep or drop them.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('dir-note')).toHaveText('Danh bạ có thay đổi chưa lưu: bấm Lưu để giữ, hoặc Bỏ thay đổi để đóng mà không lưu.');
    await expect(dialog.getByTestId('dir-row')).toHaveCount(4);
    await expect(dialog.getByRole('button', { name: 'Xóa Trần Văn Sơn khỏi danh bạ' })).toBeVisible();

    await dialog.getByTestId('dir-save').click();
    await expect(dialog.getByTestId('dir-note')).toContainText('Đã lưu danh bạ.');
    expect(JSON.parse(await stored()).people.map((p: { id: string }) => p.id)).toEqual(['le-thi-thuy', 'dinh-thi-lua', 'truong-quoc-huy', 'tran-van-son']);
    const out = app.bridge.path('xuat-danh-ba.xlsx');
    app.bridge.answerDirectoryExport(out);
    await dialog.getByTestId('dir-export').click();
    await expect(dialog.getByTestId('dir-note')).toContainText(`Đã xuất danh bạ ra ${out}.`);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK');
    // Saved: Escape now closes.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
