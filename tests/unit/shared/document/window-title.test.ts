import { describe, expect, it } from 'vitest';
import { baseName, documentName, windowTitle } from '../../../../shared/document/window-title';

const untitled = 'Bài chưa đặt tên';

describe('windowTitle', () => {
  it('names an unsaved new article after the untitled label', () => {
    expect(windowTitle({ path: null, title: '', dirty: false }, untitled, 'Soạn Tin')).toBe('Bài chưa đặt tên.tinbai — Soạn Tin');
  });

  it('marks unsaved work with a leading dot, and only then', () => {
    expect(windowTitle({ path: null, title: '', dirty: true }, untitled, 'Soạn Tin')).toBe('● Bài chưa đặt tên.tinbai — Soạn Tin');
    expect(windowTitle({ path: '/home/a/tin.tinbai', title: 'x', dirty: false }, untitled, 'Soạn Tin')).not.toMatch(/●/);
  });

  it('uses the title as the name Save would offer before the first save', () => {
    expect(windowTitle({ path: null, title: 'Hội nghị BTV Tỉnh ủy', dirty: true }, untitled, 'Soạn Tin')).toBe(
      '● Hội nghị BTV Tỉnh ủy.tinbai — Soạn Tin',
    );
  });

  it('uses the file name once the draft is on disk, on any platform', () => {
    expect(windowTitle({ path: '/home/an/Tin/hoi-nghi.tinbai', title: 'Khác', dirty: false }, untitled, 'Soạn Tin')).toBe(
      'hoi-nghi.tinbai — Soạn Tin',
    );
    expect(documentName({ path: 'C:\\Users\\An\\Tài liệu\\Tin bài.tinbai', title: '' }, untitled)).toBe('Tin bài.tinbai');
  });

  it('baseName keeps a name without separators', () => {
    expect(baseName('tin.tinbai')).toBe('tin.tinbai');
  });
});
