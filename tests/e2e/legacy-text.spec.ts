import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { toTcvn3 } from '../../shared/text/legacy/encode';
import { plainTcvn3Mojibake, TCVN3_ATTENDEES, TCVN3_LEAD, TCVN3_TITLE, wordTcvn3 } from '../fixtures/clipboard';
import { ATTENDEES, LEAD, TITLE, tcvn3Docx } from '../fixtures/docx';
import { expect, mod, test } from './harness/fixtures';
import { paste } from './harness/paste';


const paragraphs = (page: Page) => page.locator('[data-testid="editor-body"] > *').allInnerTexts();

test.describe('Vietnamese text from legacy encodings', () => {
  test('Word HTML typed in .VnTime/.VnTimeH pastes as Unicode, run by run, with no bar', async ({ app }) => {
    await app.launch();
    await app.body().click();
    const { html, plain } = wordTcvn3();
    await paste(app.page, { html, text: plain });
    await expect(app.body()).toContainText(TCVN3_ATTENDEES);
    expect(await paragraphs(app.page)).toEqual(expect.arrayContaining([TCVN3_TITLE, TCVN3_LEAD, TCVN3_ATTENDEES]));
    await expect(app.body().locator('strong').first()).toHaveText('bà Lê Thị Thủy');
    await expect(app.page.getByTestId('legacy-paste-bar')).toHaveCount(0);
  });

  test('plain text that lost its font offers "Chuyển mã"; one click converts, one undo brings it back', async ({ app }) => {
    await app.launch();
    await app.body().click();
    await app.page.keyboard.type('Hòa Bình: ');
    const { plain, expected } = plainTcvn3Mojibake();
    await paste(app.page, { text: plain });
    const bar = app.page.getByTestId('legacy-paste-bar');
    await expect(bar).toBeVisible();
    await expect(bar).toContainText('TCVN3');
    await expect(bar).toContainText(TCVN3_LEAD);
    await app.screenshot('legacy-paste-bar');
    await app.page.getByTestId('legacy-paste-convert').click();
    await expect(bar).toHaveCount(0);
    // The text typed before the paste ("Hòa": ò is a Windows-1252 letter) is left as it was.
    expect(await paragraphs(app.page)).toEqual([`Hòa Bình: ${expected[0]}`, expected[1]]);
    await app.page.keyboard.press(`${mod}+z`);
    await expect(app.body()).toContainText(toTcvn3(expected[1]));
    await expect(app.body()).toContainText('Hòa Bình: ');
  });

  test('Công cụ ▸ Chuyển mã… converts the selection only, with a preview, as one undo step', async ({ app }) => {
    await app.launch();
    await app.body().click();
    await app.page.keyboard.type('Đoạn đã đúng: Hòa Bình.');
    await app.page.keyboard.press('Enter');
    const legacy = toTcvn3(TCVN3_LEAD);
    await paste(app.page, { text: legacy });
    await app.page.getByTestId('legacy-paste-dismiss').click();
    // Select the pasted paragraph.
    await app.body().locator('p').nth(1).click({ clickCount: 3 });
    await app.bridge.emit(app.page, 'onMenuCommand', { command: 'convertEncoding' });
    const dialog = app.page.getByTestId('convert-dialog');
    await expect(dialog).toBeVisible();
    await expect(app.page.getByTestId('convert-detected')).toContainText('TCVN3');
    await expect(app.page.getByTestId('convert-preview')).toHaveText(TCVN3_LEAD);
    await app.screenshot('convert-dialog');
    await app.page.getByTestId('convert-apply').click();
    await expect(dialog).toHaveCount(0);
    expect(await paragraphs(app.page)).toEqual(['Đoạn đã đúng: Hòa Bình.', TCVN3_LEAD]);
    await app.page.keyboard.press(`${mod}+z`);
    expect(await paragraphs(app.page)).toEqual(['Đoạn đã đúng: Hòa Bình.', legacy]);
  });

  test('Chuyển mã on the whole article converts title, sapô and body; one undo puts all three back', async ({ app }) => {
    await app.launch();
    const title = toTcvn3('Hội nghị Ban Chấp hành');
    await app.page.getByTestId('meta-title').fill(title);
    await app.page.getByTestId('meta-sapo').fill(toTcvn3(TCVN3_LEAD));
    await app.body().click();
    await paste(app.page, { text: toTcvn3('Thu nhập bình quân đạt 65,50 triệu đồng.') });
    await app.page.getByTestId('legacy-paste-dismiss').click();
    await app.bridge.emit(app.page, 'onMenuCommand', { command: 'convertEncoding' });
    await expect(app.page.getByTestId('convert-scope-article')).toBeChecked();
    await expect(app.page.getByTestId('convert-preview')).toContainText('Hội nghị Ban Chấp hành');
    await app.page.getByTestId('convert-apply').click();
    await expect(app.page.getByTestId('meta-title')).toHaveValue('Hội nghị Ban Chấp hành');
    await expect(app.page.getByTestId('meta-sapo')).toHaveValue(TCVN3_LEAD);
    await expect(app.body()).toHaveText('Thu nhập bình quân đạt 65,50 triệu đồng.');
    await app.body().click();
    await app.page.keyboard.press(`${mod}+z`);
    await expect(app.body()).toHaveText(toTcvn3('Thu nhập bình quân đạt 65,50 triệu đồng.'));
    await expect(app.page.getByTestId('meta-title')).toHaveValue(title);
    await expect(app.page.getByTestId('meta-sapo')).toHaveValue(toTcvn3(TCVN3_LEAD));
  });

  test('Công cụ ▸ Kiểu bỏ dấu reports a mixed article and brings it to the office style (old by default)', async ({ app }) => {
    await app.launch();
    await app.body().click();
    await app.page.keyboard.type('Hoà bình, thuỷ lợi và Tỉnh ủy; quý, giúp, qua.');
    await app.bridge.emit(app.page, 'onMenuCommand', { command: 'toneStyle' });
    await expect(app.page.getByTestId('tone-report')).toContainText('1 chữ kiểu cũ và 2 chữ kiểu mới');
    await expect(app.page.getByTestId('tone-report')).toContainText('trộn hai kiểu');
    await expect(app.page.getByTestId('tone-examples')).toHaveText('Kiểu cũ: ủy. Kiểu mới: Hoà, thuỷ.');
    await expect(app.page.getByTestId('tone-old')).toBeChecked();
    await app.screenshot('tone-style-dialog');
    await app.page.getByTestId('tone-apply').click();
    await expect(app.page.getByTestId('tone-done')).toContainText('2 chữ');
    await app.page.getByTestId('tone-close').click();
    expect(await paragraphs(app.page)).toEqual(['Hòa bình, thủy lợi và Tỉnh ủy; quý, giúp, qua.']);
  });

  test('Tệp ▸ Nhập tệp… reads a .VnTime .docx into a new draft and says what it could not keep', async ({ app }) => {
    const file = app.bridge.path('bao-cao.docx');
    await writeFile(file, await tcvn3Docx());
    await app.launch();
    app.bridge.answerImport(file);
    await app.bridge.emit(app.page, 'onMenuCommand', { command: 'importFile' });
    const report = app.page.getByTestId('import-report');
    await expect(report).toBeVisible();
    await expect(app.page.getByTestId('import-report-lost')).toContainText('hộp văn bản');
    await expect(app.page.getByTestId('import-report-lost')).toContainText('chú thích (comment): 1');
    await expect(app.page.getByTestId('import-report-date')).toContainText('28/5/2022');
    await app.screenshot('import-report');
    await app.page.getByTestId('import-report-close').click();
    await expect(app.page.getByTestId('meta-title')).toHaveValue(TITLE);
    await expect(app.page.getByTestId('meta-sapo')).toHaveValue(LEAD);
    await expect(app.body()).toContainText(ATTENDEES);
  });

  test('a .txt is read in the detected encoding, and can be read again in another', async ({ app }) => {
    const file = app.bridge.path('tin.txt');
    await writeFile(file, Buffer.from(toTcvn3(`${TCVN3_LEAD}\r\n\r\nThu nhập bình quân đạt 65,50 triệu đồng.`), 'latin1'));
    await app.launch();
    app.bridge.answerImport(file);
    await app.bridge.emit(app.page, 'onMenuCommand', { command: 'importFile' });
    await expect(app.page.getByTestId('import-encoding')).toHaveValue('tcvn3');
    await expect(app.page.getByTestId('meta-sapo')).toHaveValue(TCVN3_LEAD);
    await app.page.getByTestId('import-encoding').selectOption('unicode');
    await app.page.getByTestId('import-read-again').click();
    await expect(app.page.getByTestId('meta-sapo')).toHaveValue(toTcvn3(TCVN3_LEAD));
    await expect(app.page.getByTestId('import-encoding')).toHaveValue('unicode');
    await app.page.getByTestId('import-encoding').selectOption('tcvn3');
    await app.page.getByTestId('import-read-again').click();
    await expect(app.page.getByTestId('meta-sapo')).toHaveValue(TCVN3_LEAD);
    await expect(app.body()).toHaveText('Thu nhập bình quân đạt 65,50 triệu đồng.');
  });

  test('a refused file leaves the open article as it was, with a message', async ({ app }) => {
    const file = app.bridge.path('cu.doc');
    await writeFile(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await app.launch();
    await app.body().click();
    await app.page.keyboard.type('Bài đang viết.');
    app.bridge.answerImport(file);
    await app.bridge.emit(app.page, 'onMenuCommand', { command: 'importFile' });
    // Unsaved work: the officer is asked first, as for Mở….
    await app.page.getByTestId('unsaved-discard').click();
    await expect(app.page.getByTestId('error-banner')).toContainText('.doc');
    await expect(app.body()).toContainText('Bài đang viết.');
  });
});
