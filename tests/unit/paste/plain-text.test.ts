import { describe, expect, it } from 'vitest';
import { splitPlainText } from '../../../shared/paste/plain-text';

describe('splitPlainText', () => {
  it('makes one paragraph per line when there is no blank line', () => {
    expect(splitPlainText('Dòng một\r\nDòng hai\nDòng ba\n')).toEqual([['Dòng một'], ['Dòng hai'], ['Dòng ba']]);
  });

  it('splits on blank lines and keeps single breaks inside a paragraph', () => {
    expect(splitPlainText('UBND tỉnh Hà Nam\nSố 12/BC\n\n\nNội dung báo cáo.\n')).toEqual([
      ['UBND tỉnh Hà Nam', 'Số 12/BC'],
      ['Nội dung báo cáo.'],
    ]);
  });

  it('composes decomposed Vietnamese letters', () => {
    const nfd = 'Tỉnh ủy Hà Nam'.normalize('NFD');
    const [[line]] = splitPlainText(nfd);
    expect(line).toBe('Tỉnh ủy Hà Nam'.normalize('NFC'));
    expect(line.length).toBe(14);
  });

  it('gives nothing for blank text', () => {
    expect(splitPlainText(' \n\n \n')).toEqual([]);
  });
});
