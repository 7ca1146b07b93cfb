import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, mod, test } from './harness/fixtures';

const WORKING_SESSION = join(import.meta.dirname, '../../shared/templates/builtin/working-session.json');

const THUY = { id: 'le-thi-thuy', honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], unit: 'Tỉnh ủy', rank: 1 };
const LUA = { id: 'dinh-thi-lua', honorific: 'bà', name: 'Đinh Thị Lụa', titles: ['Phó Bí thư Thường trực Tỉnh ủy'], unit: 'Tỉnh ủy', rank: 2 };

const REPORT = 'Theo báo cáo, tuần qua các sở, ngành đã giải quyết 45 hồ sơ tồn đọng.';

test.describe('own templates', () => {
  test('a draft saved as the template "Họp giao ban tuần" is listed under Mẫu của tôi and makes next week’s draft with its skeleton and kept fields; a bad template file is refused', async ({ app }) => {
    await writeFile(join(app.bridge.userDataDir, 'directory.json'), JSON.stringify({ version: 1, people: [THUY, LUA] }));
    // A file in the templates folder that is not a template (half written by hand).
    const folder = join(app.bridge.userDataDir, 'templates');
    await mkdir(folder);
    await writeFile(join(folder, 'nhap.json'), '{ "id": "nhap", "name": ');
    await app.launch();
    const { page } = app;

    // A draft from the built-in working-session template.
    await page.keyboard.press(`${mod}+Shift+N`);
    const chooser = page.getByTestId('template-chooser');
    await expect(chooser.getByTestId('template-own-group')).toHaveText('Mẫu của tôi');
    await expect(chooser.getByTestId('template-skipped')).toContainText('1 tệp trong thư mục mẫu không dùng được:');
    await expect(chooser.getByTestId('template-skipped')).toContainText('nhap.json: Tệp mẫu không hợp lệ: tệp không phải JSON hợp lệ.');
    await chooser.getByTestId('template-choice-working-session').click();
    await chooser.getByTestId('template-create').click();
    const panel = page.getByTestId('template-panel');
    await panel.getByTestId('tpl-session').selectOption('Sáng');
    await panel.getByTestId('tpl-date').fill('4/3/2024');
    await panel.getByTestId('tpl-field-place').fill('Trụ sở Tỉnh ủy');
    await panel.getByTestId('tpl-field-host').fill('Thường trực Tỉnh ủy');
    await panel.getByTestId('tpl-field-counterpart').fill('các ban, sở, ngành');
    await panel.getByTestId('tpl-field-topic').fill('kết quả công tác tuần');
    for (const person of [THUY, LUA]) await panel.getByTestId('tpl-add-person').selectOption(person.id);
    await panel.getByTestId('tpl-group-input').fill('lãnh đạo các ban Đảng');
    await panel.getByTestId('tpl-add-group').click();
    await panel.getByTestId('tpl-directive').selectOption(`d:${THUY.id}`);
    await expect(page.getByTestId('meta-title')).toHaveValue('Hội nghị Thường trực Tỉnh ủy làm việc với các ban, sở, ngành');

    // The officer writes last week's report over the first placeholder.
    const report = app.body().locator('p').nth(1);
    await report.click();
    await page.keyboard.type(REPORT);
    await expect(report).toHaveText(REPORT);

    // Lưu làm mẫu… from the Mẫu tab.
    await page.getByTestId('save-as-template').click();
    const dialog = page.getByTestId('save-template-dialog');
    await expect(dialog.getByTestId('save-template-save')).toBeDisabled();
    await dialog.getByTestId('save-template-name').fill('Họp giao ban tuần');
    await expect(dialog.getByTestId('save-template-id')).toHaveText('Mã mẫu: hop-giao-ban-tuan');
    const kept = dialog.getByTestId('save-template-kept');
    await expect(kept).toContainText('Bên chủ trì (A): Thường trực Tỉnh ủy');
    await expect(kept).toContainText('Địa điểm: Trụ sở Tỉnh ủy');
    await expect(kept).toContainText('Thành phần dự: bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; bà Đinh Thị Lụa');
    await expect(kept).not.toContainText('kết quả công tác tuần');
    const preview = dialog.getByTestId('save-template-preview');
    await expect(preview).toContainText('Thường trực Tỉnh ủy làm việc với các ban, sở, ngành');
    await expect(preview).not.toContainText('45 hồ sơ');
    await app.screenshot('own-templates-save');
    // A built-in's id cannot be taken.
    await dialog.getByTestId('save-template-name').fill('Conference');
    await expect(dialog.getByTestId('save-template-clash')).toContainText('trùng với một mẫu có sẵn');
    await expect(dialog.getByTestId('save-template-save')).toBeDisabled();
    await dialog.getByTestId('save-template-name').fill('Họp giao ban tuần');
    await dialog.getByTestId('save-template-save').click();
    await expect(dialog.getByTestId('save-template-done')).toContainText('Đã lưu mẫu “Họp giao ban tuần”');
    await dialog.getByTestId('save-template-close').click();
    expect(await readdir(folder)).toEqual(['hop-giao-ban-tuan.json', 'nhap.json']);
    expect(JSON.parse(await readFile(join(folder, 'hop-giao-ban-tuan.json'), 'utf8'))).toMatchObject({ id: 'hop-giao-ban-tuan', defaults: { host: 'Thường trực Tỉnh ủy' } });

    // Under Mẫu của tôi, with its preview.
    await page.keyboard.press(`${mod}+Shift+N`);
    const own = chooser.getByTestId('template-choice-hop-giao-ban-tuan');
    await expect(own).toContainText('Họp giao ban tuần');
    await own.click();
    const ownPreview = chooser.getByTestId('template-preview');
    await expect(ownPreview).toContainText('Hội nghị Thường trực Tỉnh ủy làm việc với các ban, sở, ngành');
    await expect(ownPreview).toContainText('Dự hội nghị có bà Lê Thị Thủy');
    await expect(ownPreview).toContainText('kết quả nổi bật từ đầu nhiệm kỳ');
    await expect(ownPreview).not.toContainText('45 hồ sơ');
    await app.screenshot('own-templates-chooser');

    // Next week's draft: the skeleton and the kept fields, not last week's date, session, topic or report.
    await chooser.getByTestId('template-create').click();
    await page.getByTestId('unsaved-discard').click();
    await expect(panel.getByTestId('tpl-field-host')).toHaveValue('Thường trực Tỉnh ủy');
    await expect(panel.getByTestId('tpl-field-place')).toHaveValue('Trụ sở Tỉnh ủy');
    await expect(panel.getByTestId('tpl-field-topic')).toHaveValue('');
    await expect(panel.getByTestId('tpl-session')).toHaveValue('');
    await expect(panel).toContainText('Mẫu: Họp giao ban tuần');
    // The kept fields already write the title; the sapô follows this week's topic.
    await expect(page.getByTestId('meta-title')).toHaveValue('Hội nghị Thường trực Tỉnh ủy làm việc với các ban, sở, ngành');
    await panel.getByTestId('tpl-field-topic').fill('kết quả công tác tuần thứ hai');
    await expect(page.getByTestId('meta-sapo')).toHaveValue(/tại Trụ sở Tỉnh ủy, Thường trực Tỉnh ủy làm việc với các ban, sở, ngành về kết quả công tác tuần thứ hai\.$/);
    await expect(app.body().locator('p[data-template-part="attendees"]')).toHaveText(
      'Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; bà Đinh Thị Lụa - Phó Bí thư Thường trực Tỉnh ủy; lãnh đạo các ban Đảng.',
    );
    await expect(app.body().locator('p[data-template-part="directiveOpening"]')).toContainText('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy');
    await expect(app.body()).not.toContainText('45 hồ sơ');
    await expect(app.body().locator('p').nth(1)).toHaveAttribute('data-template-hint', /kết quả nổi bật từ đầu nhiệm kỳ/);

    // A template file with a placeholder the template does not have: refused, named, nothing stored.
    const bad = app.bridge.path('mau-loi.json');
    await writeFile(bad, JSON.stringify({ ...JSON.parse(await readFile(WORKING_SESSION, 'utf8')), id: 'mau-loi', sapo: '{chuTri} làm việc với {counterpart}.' }));
    app.bridge.answerTemplateImport(bad);
    await page.keyboard.press(`${mod}+Shift+N`);
    await chooser.getByTestId('template-import').click();
    const note = chooser.getByTestId('template-chooser-note');
    await expect(note).toContainText('Tệp mẫu không hợp lệ — “sapo”, ký tự 1: trường {chuTri} không có trong danh sách trường của mẫu.');
    await app.screenshot('own-templates-import-refused');
    expect(await readdir(folder)).toEqual(['hop-giao-ban-tuan.json', 'nhap.json']);

    // Exported, then removed after the question.
    await chooser.getByTestId('template-choice-hop-giao-ban-tuan').click();
    const exported = app.bridge.path('giao-ban.json');
    app.bridge.answerTemplateExport(exported);
    await chooser.getByTestId('template-export').click();
    await expect(note).toContainText(`Đã xuất mẫu ra ${exported}`);
    expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ id: 'hop-giao-ban-tuan', name: { vi: 'Họp giao ban tuần' } });
    // The exported file brought in again: the same id is one of mine, so the chooser asks first.
    const changed = JSON.parse(await readFile(exported, 'utf8'));
    await writeFile(exported, JSON.stringify({ ...changed, name: { vi: 'Giao ban tuần (huyện)', en: 'Weekly briefing (district)' } }));
    app.bridge.answerTemplateImport(exported);
    await chooser.getByTestId('template-import').click();
    await expect(chooser.getByTestId('template-replace-confirm')).toContainText('Đã có mẫu của tôi mã “hop-giao-ban-tuan”. Thay bằng mẫu “Giao ban tuần (huyện)” trong tệp?');
    await chooser.getByTestId('template-replace-yes').click();
    await expect(note).toContainText('Đã nhập mẫu “Giao ban tuần (huyện)”.');
    await expect(chooser.getByTestId('template-choice-hop-giao-ban-tuan')).toContainText('Giao ban tuần (huyện)');
    expect(JSON.parse(await readFile(join(folder, 'hop-giao-ban-tuan.json'), 'utf8'))).toMatchObject({ version: 2, name: { vi: 'Giao ban tuần (huyện)' } });
    await chooser.getByTestId('template-remove').click();
    await expect(chooser.getByTestId('template-remove-confirm')).toContainText('Xóa mẫu “Giao ban tuần (huyện)” khỏi máy này?');
    await chooser.getByTestId('template-remove-yes').click();
    await expect(chooser.getByTestId('template-choice-hop-giao-ban-tuan')).toHaveCount(0);
    expect(await readdir(folder)).toEqual(['nhap.json']);
  });
});
