import { describe, expect, it } from 'vitest';
import { rtfPictures } from '../../../shared/paste/rtf-pictures';

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1];

/** Word's RTF for a picture: the modern copy in \shppict, a metafile copy in \nonshppict. */
function wordPicture(blip: string, bytes: number[]): string {
  const data = hex(bytes).replace(/(.{8})/g, '$1\r\n');
  return `{\\*\\shppict{\\pict{\\*\\picprop\\shplid1025{\\sp{\\sn shapeType}{\\sv 75}}}\\picscalex100\\picw1000\\pich800\\${blip}\\bliptag255{\\*\\blipuid 0123456789abcdef}${data}}}` +
    `{\\nonshppict{\\pict\\picscalex100\\wmetafile8\\picw1000\\pich800 0100090000035a0000000000}}`;
}

describe('rtfPictures: the pictures of a Word paste’s RTF', () => {
  it('reads PNG and JPEG pictures in order, skips the metafile copies Word adds beside them', () => {
    const rtf = `{\\rtf1\\ansi{\\fonttbl{\\f0 Times New Roman;}}\\pard Các đại biểu ${wordPicture('pngblip', PNG)}\\par Bí thư ${wordPicture('jpegblip', JPEG)}\\par}`;
    const pictures = rtfPictures(rtf);
    expect(pictures.map((p) => p.type)).toEqual(['image/png', 'image/jpeg']);
    expect([...pictures[0].bytes!]).toEqual(PNG);
    expect([...pictures[1].bytes!]).toEqual(JPEG);
  });

  it('keeps a metafile-only picture in the list with no bytes, so the order still matches the HTML', () => {
    const rtf = `{\\rtf1{\\pict\\wmetafile8\\picw100\\pich100 010009000003}\\par ${wordPicture('pngblip', PNG)}}`;
    expect(rtfPictures(rtf).map((p) => [p.type, p.bytes === null])).toEqual([
      [null, true],
      ['image/png', false],
    ]);
  });

  it('skips a floating shape’s fallback result and finds nothing in text without pictures', () => {
    const shape = `{\\shp{\\*\\shpinst{\\sp{\\sn pib}{\\sv {\\pict\\pngblip ${hex(PNG)}}}}}{\\shprslt{\\*\\do\\dobxcolumn{\\pict\\pngblip ${hex(PNG)}}}}}`;
    expect(rtfPictures(`{\\rtf1 ${shape}}`)).toHaveLength(1);
    expect(rtfPictures('{\\rtf1\\ansi Chỉ có chữ \\{ngoặc\\} và \\\'e1.}')).toEqual([]);
  });
});
