import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWordClipboardPicture, wordClipboardPath } from '../../../../electron/services/photos/word-clipboard';

describe('Word clipboard pictures: read only from Word’s own folder', () => {
  const winRoot = 'C:\\Users\\lan\\AppData\\Local\\Temp';
  it('takes Word’s Windows and macOS clipboard files', () => {
    expect(wordClipboardPath('file:///C:/Users/lan/AppData/Local/Temp/msohtmlclip1/01/clip_image001.jpg', [winRoot], 'win32')).toBe(
      'C:\\Users\\lan\\AppData\\Local\\Temp\\msohtmlclip1\\01\\clip_image001.jpg',
    );
    const mac = '/Users/lan/Library/Group Containers/UBF8T346G9.Office/TemporaryItems';
    expect(wordClipboardPath('file:///Users/lan/Library/Group%20Containers/UBF8T346G9.Office/TemporaryItems/msohtmlclip/clip_image002.png', [mac], 'darwin')).toBe(
      `${mac}/msohtmlclip/clip_image002.png`,
    );
  });

  it('refuses every other path, however the URL spells it', () => {
    const root = '/tmp';
    for (const url of [
      'file:///etc/passwd',
      'file:///tmp/msohtmlclip1/01/../../../etc/passwd',
      'file:///tmp/msohtmlclip1/01/%2e%2e/%2e%2e/%2e%2e/etc/clip_image001.jpg',
      'file:///tmp/other/clip_image001.jpg',
      'file:///tmp/msohtmlclip1/01/passwd.jpg',
      'file:///tmp/msohtmlclip1/01/clip_image001.exe',
      'file://server/share/msohtmlclip1/01/clip_image001.jpg',
      'https://anh.example/msohtmlclip1/clip_image001.jpg',
      'file:///tmp/msohtmlclip1/a/b/clip_image001.jpg',
      'not a url',
    ]) {
      expect(wordClipboardPath(url, [root], 'linux'), url).toBeNull();
    }
    expect(wordClipboardPath('file:///C:/Windows/System32/msohtmlclip1/clip_image001.jpg', [winRoot], 'win32')).toBeNull();
  });

  it('reads the file; refuses a symlink in the folder that points out of it, and says when Word has cleared it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'word-root-'));
    const outside = mkdtempSync(join(tmpdir(), 'word-outside-'));
    mkdirSync(join(root, 'msohtmlclip1', '01'), { recursive: true });
    writeFileSync(join(root, 'msohtmlclip1', '01', 'clip_image001.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    writeFileSync(join(outside, 'secret.jpg'), 'secret');
    symlinkSync(join(outside, 'secret.jpg'), join(root, 'msohtmlclip1', '01', 'clip_image002.jpg'));
    const url = (name: string) => pathToFileURL(join(root, 'msohtmlclip1', '01', name)).href;
    expect((await readWordClipboardPicture(url('clip_image001.jpg'), [root])).bytes).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    await expect(readWordClipboardPicture(url('clip_image002.jpg'), [root])).rejects.toMatchObject({ code: 'path-not-allowed' });
    await expect(readWordClipboardPicture(url('clip_image003.jpg'), [root])).rejects.toMatchObject({ code: 'file-not-found' });
    await expect(readWordClipboardPicture(pathToFileURL(join(outside, 'secret.jpg')).href, [root])).rejects.toMatchObject({ code: 'path-not-allowed' });
  });
});
