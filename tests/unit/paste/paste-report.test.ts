import { describe, expect, it } from 'vitest';
import { describeDropped, droppedAnything, joinList, noneDropped } from '../../../renderer/src/editor/paste/paste-report';
import { messagesFor } from '../../../shared/i18n/catalog';

const vi = messagesFor('vi').paste;
const en = messagesFor('en').paste;

describe('the notice after a paste that left something out', () => {
  it('says what went, in one sentence: "Đã bỏ 2 ảnh và định dạng căn lề"', () => {
    expect(describeDropped({ ...noneDropped(), images: 2, alignment: true }, vi)).toBe('Đã bỏ 2 ảnh và định dạng căn lề');
    expect(describeDropped({ ...noneDropped(), images: 1, textBoxes: 3, highlight: true, alignment: true }, vi)).toBe(
      'Đã bỏ 1 ảnh, 3 hộp văn bản, màu tô sáng chữ và định dạng căn lề',
    );
  });

  it('names the files a drop could not take, and the way to bring a Word file in', () => {
    const text = describeDropped({ ...noneDropped(), files: ['bao-cao.docx', 'ke-hoach.pdf'] }, vi);
    expect(text).toContain('“bao-cao.docx” và “ke-hoach.pdf”');
    expect(text).toContain('Nhập tệp');
  });

  it('speaks English when the officer chose English, with plurals', () => {
    expect(describeDropped({ ...noneDropped(), images: 1, unsupported: 2 }, en)).toMatch(/^Left out 1 image and 2 unsupported items/);
    expect(describeDropped({ ...noneDropped(), images: 3 }, en)).toBe('Left out 3 images');
  });

  it('nothing dropped: no notice', () => {
    expect(droppedAnything(noneDropped())).toBe(false);
    expect(describeDropped(noneDropped(), vi)).toBe('');
    expect(droppedAnything({ ...noneDropped(), highlight: true })).toBe(true);
    expect(droppedAnything({ ...noneDropped(), files: ['a.docx'] })).toBe(true);
  });

  it('joins lists the Vietnamese way', () => {
    expect(joinList(['a'], 'và')).toBe('a');
    expect(joinList(['a', 'b'], 'và')).toBe('a và b');
    expect(joinList(['a', 'b', 'c'], 'và')).toBe('a, b và c');
  });
});
