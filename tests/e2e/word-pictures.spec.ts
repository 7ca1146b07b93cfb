import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { cameraJpeg } from '../fixtures/photos';
import { expect, mod, test } from './harness/fixtures';

/** A Word (Windows) paste: two pictures as file:// URLs in its clipboard folder, inline in their paragraphs. */
function wordHtml(first: string, second: string): string {
  return (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=VI>' +
    "<p class=MsoNormal>Các đại biểu dự hội nghị.</p>" +
    `<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Picture_1" type="#_x0000_t75"><v:imagedata src="${first}" o:title="Toàn cảnh hội nghị"/></v:shape><![endif]--><![if !vml]><img width=602 height=401 src="${first}" alt="Toàn cảnh hội nghị" v:shapes="Picture_1"><![endif]></p>` +
    `<p class=MsoNormal>Bí thư Tỉnh ủy phát biểu chỉ đạo.<img width=300 height=400 src="${second}" v:shapes="Picture_2"> Hội nghị kết thúc.</p>` +
    '</body></html>'
  );
}

const hex = (bytes: Buffer) => bytes.toString('hex').replace(/(.{128})/g, '$1\r\n');

function wordRtf(pictures: { blip: string; bytes: Buffer }[]): string {
  const groups = pictures.map(
    ({ blip, bytes }) => `{\\*\\shppict{\\pict{\\*\\picprop}\\picw100\\pich100\\${blip}\\bliptag1 ${hex(bytes)}}}{\\nonshppict{\\pict\\wmetafile8 0100090000}}`,
  );
  return `{\\rtf1\\ansi\\pard Các đại biểu dự hội nghị.\\par ${groups[0]}\\par Bí thư Tỉnh ủy phát biểu chỉ đạo.${groups[1]} Hội nghị kết thúc.\\par}`;
}

async function pasteWord(page: import('@playwright/test').Page, html: string, rtf?: string): Promise<void> {
  await page.evaluate(
    ({ html, rtf }) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', html.replace(/<[^>]+>/g, ''));
      if (rtf) dt.setData('text/rtf', rtf);
      const root = document.querySelector('[data-testid="editor-body"]') as HTMLElement;
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { html, rtf },
  );
}

test.describe('pictures in a paste from Word', () => {
  test('the RTF’s pictures become figures where they stood, with Word’s description as alt; they survive save and reopen', async ({ app }) => {
    const jpeg = await cameraJpeg({ width: 1200, height: 800 });
    const png = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#c0392b' } }).png().toBuffer();
    await app.launch();
    const { page } = app;
    await app.body().click();
    // Word's file URLs point at a folder that no longer exists: the RTF's copies are used.
    const gone = 'file:///C:/Users/lan/AppData/Local/Temp/msohtmlclip1/01/';
    await pasteWord(page, wordHtml(`${gone}clip_image001.jpg`, `${gone}clip_image002.png`), wordRtf([{ blip: 'jpegblip', bytes: jpeg }, { blip: 'pngblip', bytes: png }]));

    const figures = app.body().getByTestId('figure');
    await expect(figures).toHaveCount(2);
    await expect(app.body().getByTestId('picture-slot')).toHaveCount(0);
    const order = await app.body().evaluate((root) =>
      Array.from(root.children).map((el) => (el.querySelector('[data-testid="figure"]') ? 'figure' : (el.textContent ?? '').trim())),
    );
    // The last line is the one the caret was on, still after everything pasted.
    expect(order).toEqual(['Các đại biểu dự hội nghị.', 'figure', 'Bí thư Tỉnh ủy phát biểu chỉ đạo.', 'figure', 'Hội nghị kết thúc.', '']);
    await expect(figures.first().getByLabel('Mô tả ảnh')).toHaveValue('Toàn cảnh hội nghị');
    await expect.poll(() => figures.nth(1).locator('img').evaluate((img: HTMLImageElement) => img.naturalHeight > img.naturalWidth)).toBe(true);
    await expect(page.getByTestId('paste-notice')).toHaveCount(0);
    await app.screenshot('word-pictures');

    const file = app.bridge.path('word-pictures.tinbai');
    app.bridge.answerSave(file);
    await page.keyboard.press(`${mod}+s`);
    await expect(page).not.toHaveTitle(/●/);
    await app.restart({ launchFile: file });
    await expect(app.body().getByTestId('figure')).toHaveCount(2);
  });

  test('without RTF, Word’s clipboard file is read from its msohtmlclip folder; a file anywhere else is refused and told', async ({ app }) => {
    const clip = join(mkdtempSync(join(tmpdir(), 'msohtmlclip-test-')), 'msohtmlclip1', '01');
    // The folder Word uses is msohtmlclip<N> right under the temporary folder: make one there.
    const wordFolder = join(tmpdir(), `msohtmlclip${process.pid}${Date.now() % 100000}`, '01');
    mkdirSync(wordFolder, { recursive: true });
    mkdirSync(clip, { recursive: true });
    writeFileSync(join(wordFolder, 'clip_image001.jpg'), await cameraJpeg({ width: 800, height: 600 }));
    writeFileSync(join(clip, 'clip_image002.jpg'), await cameraJpeg({ width: 800, height: 600 }));
    await app.launch();
    await app.body().click();
    await pasteWord(app.page, wordHtml(pathToFileURL(join(wordFolder, 'clip_image001.jpg')).href, pathToFileURL(join(clip, 'clip_image002.jpg')).href));

    await expect(app.body().getByTestId('figure')).toHaveCount(1);
    await expect(app.body().getByTestId('picture-slot')).toHaveCount(0);
    // The second file lies in a folder Word does not use (msohtmlclip1 is not right under the temporary folder).
    await expect(app.page.getByTestId('paste-notice')).toContainText('1 ảnh');
    await expect(app.body()).toContainText('Hội nghị kết thúc.');
  });
});
