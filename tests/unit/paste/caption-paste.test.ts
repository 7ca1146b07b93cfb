// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { captionRunsFromTransfer } from '../../../renderer/src/editor/figure/caption-paste';

const transfer = (data: Record<string, string>) => ({ getData: (type: string) => data[type] ?? '' }) as unknown as DataTransfer;

describe('what a paste brings into a caption', () => {
  it('keeps the letters with their bold and italic, on one line', () => {
    const html = '<p>Bí thư Tỉnh ủy <b>Lê Thị Thủy</b></p><p><i>phát biểu</i> chỉ đạo <u>hội nghị</u></p>';
    expect(captionRunsFromTransfer(transfer({ 'text/html': html, 'text/plain': 'x' }))).toEqual([
      { text: 'Bí thư Tỉnh ủy ', format: 0 },
      { text: 'Lê Thị Thủy', format: 1 },
      { text: ' ', format: 0 },
      { text: 'phát biểu', format: 2 },
      { text: ' chỉ đạo hội nghị', format: 0 },
    ]);
  });
  it('drops links, headings and pictures to their letters', () => {
    const html = '<h1>Hội nghị</h1><a href="https://hanam.gov.vn">Tỉnh ủy</a><img src="x.png" alt="ảnh">';
    expect(captionRunsFromTransfer(transfer({ 'text/html': html }))).toEqual([{ text: 'Hội nghị Tỉnh ủy', format: 0 }]);
  });
  it('takes plain text in NFC when there is no HTML', () => {
    expect(captionRunsFromTransfer(transfer({ 'text/plain': 'Các đại biểu\r\ndự hội nghị'.normalize('NFD') }))).toEqual([
      { text: 'Các đại biểu dự hội nghị', format: 0 },
    ]);
  });
});
