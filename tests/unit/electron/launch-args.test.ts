import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDraftInArgv } from '../../../electron/launch-args';

describe('findDraftInArgv', () => {
  it('finds the draft Windows passes when the user double-clicks it', () => {
    const argv = ['C:\\Program Files\\Soan Tin\\Soan Tin.exe', 'D:\\Tin bai\\Hội nghị Tỉnh ủy.tinbai'];
    expect(findDraftInArgv(argv, 'C:\\')).toBe('D:\\Tin bai\\Hội nghị Tỉnh ủy.tinbai');
  });

  it('skips the executable even when it looks like a draft', () => {
    expect(findDraftInArgv(['/tmp/weird.tinbai'], '/')).toBeNull();
  });

  it('skips Chromium and macOS flags, and other files', () => {
    const argv = [
      '/Applications/Soạn Tin.app/Contents/MacOS/Soạn Tin',
      '-psn_0_123456',
      '--allow-file-access-from-files',
      '--original-process-start-time=1334',
      '/home/me/notes.txt',
      '/home/me/bai.TINBAI',
    ];
    expect(findDraftInArgv(argv, '/')).toBe('/home/me/bai.TINBAI');
  });

  it('skips the app path of an unpackaged run', () => {
    expect(findDraftInArgv(['/usr/lib/electron/electron', '.'], '/work')).toBeNull();
    expect(findDraftInArgv(['/usr/lib/electron/electron', '.', 'draft.tinbai'], '/work')).toBe(
      path.resolve('/work', 'draft.tinbai'),
    );
  });

  it('resolves a relative path against the directory of the launch', () => {
    expect(findDraftInArgv(['soan-tin', 'ban-thao/tin.tinbai'], '/home/bien-tap')).toBe(
      path.resolve('/home/bien-tap', 'ban-thao/tin.tinbai'),
    );
  });

  it('gives null when nothing is named', () => {
    expect(findDraftInArgv([], '/')).toBeNull();
    expect(findDraftInArgv(['soan-tin'], '/')).toBeNull();
    expect(findDraftInArgv(['soan-tin', '--', ''], '/')).toBeNull();
  });
});
