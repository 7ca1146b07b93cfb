import { expect, test } from './harness/fixtures';
import { pasteHtml as paste } from './harness/paste';


const WORD =
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->' +
  "<p class=MsoTitle align=center style='text-align:center'><b>HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY</b></p>" +
  "<p class=MsoNormal style='text-align:justify'>Các đại biểu dự hội nghị.<![if !vml]><img width=602 height=401 src=\"file:///C:/Temp/clip_image002.jpg\"><![endif]></p>" +
  "<p class=MsoNormal style='text-align:justify'><img src=\"file:///C:/Temp/clip_image004.jpg\">Bí thư Tỉnh ủy <b style='mso-bidi-font-weight:normal'>Lê Thị Thủy</b> phát biểu.</p>" +
  '<!--EndFragment--></body></html>';

test.describe('honest paste', () => {
  test('a Word paste that loses its photos and centring says so; the text and its bold arrive; a clean paste says nothing', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await paste(page, WORD);
    const notice = page.getByTestId('paste-notice');
    await expect(notice).toHaveText(/Đã bỏ 2 ảnh và định dạng căn lề/);
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(app.body()).toContainText('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu.');
    // Word's bold with mso-bidi-font-weight:normal stays bold.
    await expect(app.body().locator('strong, .st-bold').filter({ hasText: 'Lê Thị Thủy' })).toHaveCount(1);
    await app.screenshot('paste-notice');

    await paste(page, '<p>Thu nhập bình quân đạt <b>65,50 triệu đồng</b>.</p>');
    await expect(notice).toBeHidden();
    await expect(app.body()).toContainText('65,50 triệu đồng');
  });

  test('highlighting and a text box are named; the notice can be dismissed', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await paste(
      page,
      "<p>Chỉ tiêu <span style='background:yellow;mso-highlight:yellow'>12,93%</span>.<![if !vml]><span style='mso-ignore:vglayout;position:absolute'><table><tr><td><p>Ghi chú</p></td></tr></table></span><![endif]></p>",
    );
    await expect(page.getByTestId('paste-notice')).toHaveText(/Đã bỏ 1 hộp văn bản và màu tô sáng chữ/);
    await page.getByTestId('paste-notice').getByRole('button', { name: 'Đóng thông báo' }).click();
    await expect(page.getByTestId('paste-notice')).toBeHidden();
  });

  test('<pre> keeps its lines', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await paste(page, '<pre>Chỉ tiêu: thu nhập\nNăm 2021: 65,50 triệu đồng\nNăm 2020: 58,01 triệu đồng\n</pre>');
    await expect(app.body().locator('br')).toHaveCount(2);
    expect(await app.body().innerText()).toMatch(/thu nhập\nNăm 2021: 65,50 triệu đồng\nNăm 2020/);
  });

  test('a Word file dropped on the body is refused by name, with the way to import it; the article is untouched', async ({ app }) => {
    await app.launch();
    const { page } = app;
    await app.body().click();
    await page.keyboard.type('Bài đang viết.');
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['PK'], 'bao-cao.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      const body = document.querySelector('[data-testid="editor-body"]')!;
      const box = body.getBoundingClientRect();
      body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, clientX: box.left + 20, clientY: box.top + 20 }));
    });
    await expect(page.getByTestId('paste-notice')).toHaveText(/Không nhận tệp “bao-cao.docx”.*Nhập tệp/);
    await expect(app.body()).toHaveText('Bài đang viết.');
  });
});
