import { expect, test } from './harness/fixtures';

test.describe('addresses become links; the count is the whole article’s', () => {
  test('typed and pasted addresses become links the body accepts; abbreviations stay text', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Xem thêm tại hanam.gov.vn hoặc gửi bài về toasoan@baohanam.com.vn. Tại TP.HCM cũng vậy. ');
    const links = app.body().locator('a');
    await expect(links).toHaveCount(2);
    await expect(links.nth(0)).toHaveAttribute('href', 'https://hanam.gov.vn');
    await expect(links.nth(0)).toHaveText('hanam.gov.vn');
    await expect(links.nth(1)).toHaveAttribute('href', 'mailto:toasoan@baohanam.com.vn');

    await page.keyboard.press('Enter');
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'Nguồn: https://baohanam.com.vn/tin-tuc/hoi-nghi-btv-12345.html, ngày 28/5/2022');
      document.querySelector('[data-testid="editor-body"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await expect(links).toHaveCount(3);
    await expect(links.nth(2)).toHaveAttribute('href', 'https://baohanam.com.vn/tin-tuc/hoi-nghi-btv-12345.html');
    // javascript: typed as text never becomes a link.
    await page.keyboard.type(' javascript:alert(1) ');
    await expect(links).toHaveCount(3);
  });

  test('the count includes the title and the sapô, and reads "2 / 10 từ" while two words are selected', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await page.getByTestId('meta-title').fill('Hội nghị tỉnh');
    await page.getByTestId('meta-sapo').fill('Chiều nay họp');
    await app.body().click();
    await page.keyboard.type('Một hai ba bốn');
    const count = page.getByTestId('word-count');
    await expect(count).toHaveText('10 từ · 40 ký tự');

    // "ba bốn" selected from the end of the body.
    await page.keyboard.press('Shift+ArrowLeft');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect(count).toHaveText('2 / 10 từ · 40 ký tự');
    await app.screenshot('count-selected');

    // In the title too.
    await page.getByTestId('meta-title').click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await expect(count).toHaveText('3 / 10 từ · 40 ký tự');
    await page.keyboard.press('End');
    await expect(count).toHaveText('10 từ · 40 ký tự');
  });
});
