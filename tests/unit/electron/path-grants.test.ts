import { describe, expect, it } from 'vitest';
import { createPathGrants, grantedPath, isDraftPathShape } from '../../../electron/security/path-grants';
import { refusalCode } from '../../helpers/refusal-code';

describe('isDraftPathShape: what the page may name at all', () => {
  it.each([
    ['linux', '/home/pv/Tin bài/Hội nghị.tinbai'],
    ['linux', '/home/pv/HOI-NGHI.TINBAI'],
    ['darwin', '/Users/pv/Documents/Hội nghị.TinBai'],
    ['win32', 'C:\\Users\\pv\\Documents\\Hội nghị.tinbai'],
    ['win32', 'D:/Tin bai/hoi-nghi.tinbai'],
    ['win32', '\\\\may-chu\\chung\\hoi-nghi.tinbai'],
  ] as const)('%s accepts %j', (platform, file) => {
    expect(isDraftPathShape(file, platform)).toBe(true);
  });

  it.each([
    ['linux', 'hoi-nghi.tinbai'],
    ['linux', './hoi-nghi.tinbai'],
    ['linux', '/home/pv/notes.txt'],
    ['linux', '/home/pv/.bashrc'],
    ['linux', '/home/pv/hoi-nghi.tinbai.txt'],
    ['linux', '/home/pv/../../etc/x.tinbai'],
    ['linux', '/home/pv/./x.tinbai'],
    ['linux', '/home/pv/x\0.tinbai'],
    ['linux', ''],
    ['linux', 'C:\\Users\\pv\\x.tinbai'],
    ['win32', 'C:hoi-nghi.tinbai'],
    ['win32', 'C:\\Tin\\..\\Windows\\x.tinbai'],
    ['win32', 'C:\\Windows\\win.ini'],
  ] as const)('%s refuses %j', (platform, file) => {
    expect(isDraftPathShape(file, platform)).toBe(false);
  });
});

describe('createPathGrants', () => {
  it('allows only what was granted', () => {
    const grants = createPathGrants('linux');
    expect(grants.allows('/home/pv/bai.tinbai')).toBe(false);
    grants.grant('/home/pv/bai.tinbai');
    expect(grants.allows('/home/pv/bai.tinbai')).toBe(true);
    expect(grants.allows('/home/pv/bai-khac.tinbai')).toBe(false);
  });

  it('never allows a path of the wrong shape, even if it was granted (a dialog answer of notes.txt)', () => {
    const grants = createPathGrants('linux');
    grants.grant('/home/pv/notes.txt');
    grants.grant('relative.tinbai');
    expect(grants.allows('/home/pv/notes.txt')).toBe(false);
    expect(grants.allows('relative.tinbai')).toBe(false);
  });

  it('compares case-insensitively on Windows and macOS, and macOS NFD with NFC', () => {
    const win = createPathGrants('win32');
    win.grant('C:\\Users\\PV\\Bai.tinbai');
    expect(win.allows('c:\\users\\pv\\BAI.TINBAI')).toBe(true);
    expect(win.allows('C:/Users/PV/Bai.tinbai')).toBe(true);

    const mac = createPathGrants('darwin');
    mac.grant('/Users/pv/Hội nghị.tinbai'.normalize('NFD'));
    expect(mac.allows('/users/pv/HỘI NGHỊ.tinbai'.normalize('NFC'))).toBe(true);
  });

  it('is case-sensitive on Linux, where Bai and bai are two files', () => {
    const grants = createPathGrants('linux');
    grants.grant('/home/pv/Bai.tinbai');
    expect(grants.allows('/home/pv/bai.tinbai')).toBe(false);
  });

  it('also allows what the recent list holds, as it is now', () => {
    const recent: string[] = [];
    const grants = createPathGrants('linux', () => recent);
    expect(grants.allows('/home/pv/gan-day.tinbai')).toBe(false);
    recent.push('/home/pv/gan-day.tinbai');
    expect(grants.allows('/home/pv/gan-day.tinbai')).toBe(true);
  });

  it('grantedPath refuses with path-not-allowed', async () => {
    const grants = createPathGrants('linux');
    expect(await refusalCode((async () => grantedPath(grants, '/etc/passwd.tinbai'))())).toBe('path-not-allowed');
    grants.grant('/home/pv/a.tinbai');
    expect(grantedPath(grants, '/home/pv/a.tinbai')).toBe('/home/pv/a.tinbai');
  });
});
