import { describe, expect, it } from 'vitest';
import { isFileNameAllowedOnWindows } from '../../../../shared/article/windows-file-name';

describe('file names Windows accepts', () => {
  it('takes Vietnamese names, spaces and dots inside', () => {
    for (const name of ['Hội nghị Ban Thường vụ Tỉnh ủy.tinbai', 'Báo cáo 28.5.2022.tinbai', 'Đinh Thị Lụa - phát biểu.tinbai', 'console.tinbai', 'CONSOLE.tinbai', 'COM10.tinbai']) {
      expect(isFileNameAllowedOnWindows(name), name).toBe(true);
    }
  });

  it('refuses reserved device names, with or without an extension, in any case', () => {
    for (const name of ['CON', 'con.tinbai', 'Nul.tinbai', 'PRN.txt', 'aux.tinbai', 'COM1.tinbai', 'lpt9.tinbai', 'CON .tinbai']) {
      expect(isFileNameAllowedOnWindows(name), name).toBe(false);
    }
  });

  it('refuses the characters Windows keeps for paths and a trailing dot or space', () => {
    for (const name of ['Họp: kết luận.tinbai', 'a/b.tinbai', 'a\\b.tinbai', 'Tin "nóng".tinbai', 'gì?.tinbai', 'x*y.tinbai', '<a>.tinbai', 'a|b.tinbai', 'tab\there.tinbai', 'bài.', 'bài ', '']) {
      expect(isFileNameAllowedOnWindows(name), JSON.stringify(name)).toBe(false);
    }
    expect(isFileNameAllowedOnWindows('a'.repeat(256))).toBe(false);
  });
});
