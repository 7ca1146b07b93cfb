import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../electron/security/app-origin';
import { resolveAppAssetPath } from '../../../electron/security/app-path';
import { contentSecurityPolicy } from '../../../electron/security/csp';
import { isSafeExternalUrl } from '../../../electron/security/external-url';
import { decideWindowOpen, mayNavigate } from '../../../electron/security/navigation';
import { isTrustedSender } from '../../../electron/security/trusted-sender';
import { rendererEntry } from '../../../electron/renderer-entry';

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy()
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values.join(' ')] as const),
  );

  it('allows only the app itself to run scripts and styles', () => {
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
  });

  it('lets photos come from the app, data: and blob: URLs only', () => {
    expect(directives.get('img-src')).toBe("'self' data: blob:");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('font-src')).toBe("'self'");
  });

  it('forbids plugins, framing, forms and <base>', () => {
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
  });
});

describe('isTrustedSender', () => {
  it('trusts the app page in the top frame', () => {
    expect(isTrustedSender({ url: 'app://soantin/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://soantin/index.html#draft', isMainFrame: true })).toBe(true);
  });

  it('refuses the app page inside a sub-frame', () => {
    expect(isTrustedSender({ url: 'app://soantin/index.html', isMainFrame: false })).toBe(false);
  });

  it('refuses other hosts, schemes and look-alikes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://soantin.evil.com/index.html',
      'https://soantin/index.html',
      'file:///opt/soan-tin/out/renderer/index.html',
      'http://localhost:5173/',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender({ url, isMainFrame: true }), url).toBe(false);
    }
  });

  it('trusts the dev server only when it is passed explicitly', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, null)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: false }, dev)).toBe(false);
  });

  it('compares protocol and host, since a custom scheme has the origin "null"', () => {
    expect(new URL(APP_ENTRY_URL).host).toBe('soantin');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });
});

describe('isSafeExternalUrl', () => {
  it('opens web pages', () => {
    expect(isSafeExternalUrl('https://www.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
  });

  it('opens a mailto link the body may hold in the mail program: addresses and the usual fields', () => {
    expect(isSafeExternalUrl('mailto:toasoan@example.vn')).toBe(true);
    expect(isSafeExternalUrl('mailto:toasoan@hanam.gov.vn,bientap@hanam.gov.vn?subject=B%C3%A0i%20vi%E1%BA%BFt&cc=pv@hanam.gov.vn')).toBe(true);
  });

  it('refuses other schemes, credentials and garbage', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://soantin/index.html',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:',
      'mailto:?attach=/etc/passwd',
      'mailto:toasoan@example.vn?attach=C:/Users/pv/Documents/bao-cao.docx',
      'mailto:not-an-address',
      'https://user:secret@example.com/',
      'https://user@example.com/',
      'https://',
      'example.com',
      '',
      `https://example.com/${'a'.repeat(9000)}`,
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('leaving the page', () => {
  it('never navigates the window', () => {
    expect(mayNavigate('https://example.com/')).toBe(false);
    expect(mayNavigate('app://soantin/index.html')).toBe(false);
    expect(mayNavigate('file:///home/user/photo.jpg')).toBe(false);
  });

  it('lets the dev server reload its own page, only when it is passed', () => {
    expect(mayNavigate('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(mayNavigate('http://localhost:5173/', null)).toBe(false);
    expect(mayNavigate('https://example.com/', 'http://localhost:5173')).toBe(false);
  });

  it('turns a new-window web link into the user browser, and drops anything else', () => {
    expect(decideWindowOpen('https://baochinhphu.vn/')).toEqual({
      action: 'deny-and-open-externally',
      url: 'https://baochinhphu.vn/',
    });
    expect(decideWindowOpen('file:///C:/Windows/system32/calc.exe')).toEqual({ action: 'deny' });
    expect(decideWindowOpen('about:blank')).toEqual({ action: 'deny' });
  });
});

describe('resolveAppAssetPath', () => {
  const root = '/opt/soan-tin/out/renderer';

  it('maps app paths to files in the renderer folder', () => {
    expect(resolveAppAssetPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAssetPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAssetPath(root, '/assets/index-abc123.js')).toBe(path.join(root, 'assets/index-abc123.js'));
    expect(resolveAppAssetPath(root, '/assets/noto-sans-vietnamese-400.woff2')).toBe(
      path.join(root, 'assets/noto-sans-vietnamese-400.woff2'),
    );
    expect(resolveAppAssetPath(root, '/assets/t%C3%AAn%20%E1%BA%A3nh.png')).toBe(path.join(root, 'assets/tên ảnh.png'));
  });

  it('refuses paths that leave the folder', () => {
    for (const pathname of [
      '/../main/index.js',
      '/assets/../../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/assets%5c..%5c..%5csecret',
      '/index.html%00.png',
      '/%E0%A4%A',
      '/C:/Windows/win.ini',
    ]) {
      expect(resolveAppAssetPath(root, pathname), pathname).toBeNull();
    }
  });

  it('keeps to the folder under Windows rules too', () => {
    const winRoot = 'C:\\Program Files\\Soan Tin\\resources\\app.asar\\out\\renderer';
    expect(resolveAppAssetPath(winRoot, '/assets/app.css', path.win32)).toBe(`${winRoot}\\assets\\app.css`);
    expect(resolveAppAssetPath(winRoot, '/..%5C..%5Csecret.txt', path.win32)).toBeNull();
    expect(resolveAppAssetPath(winRoot, '/D:/secret.txt', path.win32)).toBeNull();
    expect(resolveAppAssetPath(winRoot, '//server/share/x', path.win32)).toBe(`${winRoot}\\server\\share\\x`);
  });
});

describe('rendererEntry', () => {
  it('loads the app protocol when packaged, whatever the environment says', () => {
    expect(rendererEntry(true, 'http://localhost:5173')).toEqual({ url: 'app://soantin/index.html', devServerUrl: null });
    expect(rendererEntry(false, undefined)).toEqual({ url: 'app://soantin/index.html', devServerUrl: null });
  });

  it('loads the loopback dev server in an unpackaged run', () => {
    expect(rendererEntry(false, 'http://localhost:5173')).toEqual({
      url: 'http://localhost:5173',
      devServerUrl: 'http://localhost:5173',
    });
  });

  it('ignores a dev URL that is not on this machine', () => {
    expect(rendererEntry(false, 'http://attacker.example:5173').url).toBe('app://soantin/index.html');
    expect(rendererEntry(false, 'file:///tmp/index.html').url).toBe('app://soantin/index.html');
  });
});
