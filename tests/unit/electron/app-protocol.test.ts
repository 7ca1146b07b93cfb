import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from '../../../electron/app-protocol';
import { contentTypeFor } from '../../../electron/content-type';
import { contentSecurityPolicy } from '../../../electron/security/csp';

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'soantin-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Soạn Tin</title>');
  writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log("xin chào")');
  writeFileSync(path.join(root, 'assets', 'style.css'), 'body{font-family:"Noto Serif"}');
  writeFileSync(path.join(root, 'assets', 'noto.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  // A secret beside the renderer folder, and one whose name starts like it.
  writeFileSync(path.join(base, 'secret.txt'), 'do not serve');
  mkdirSync(path.join(base, 'renderer-private'));
  writeFileSync(path.join(base, 'renderer-private', 'key.txt'), 'do not serve');
  handle = createAppProtocolHandler(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme that supports fetch', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('serves the page with its content type and the strict CSP', async () => {
    const response = await get('app://soantin/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Soạn Tin');
  });

  it('serves index.html for the bare origin', async () => {
    expect(await (await get('app://soantin/')).text()).toContain('<title>Soạn Tin</title>');
  });

  it('serves scripts, styles and fonts with the right types', async () => {
    const js = await get('app://soantin/assets/index.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toContain('xin chào');
    expect((await get('app://soantin/assets/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await get('app://soantin/assets/noto.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  });

  it('answers a missing file with 404, still under the CSP', async () => {
    const response = await get('app://soantin/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });

  it('serves nothing from outside the renderer folder', async () => {
    for (const url of [
      'app://soantin/%2e%2e/secret.txt',
      'app://soantin/..%2fsecret.txt',
      'app://soantin/assets/..%2f..%2fsecret.txt',
      'app://soantin/%2e%2e/renderer-private/key.txt',
      'app://soantin/..%5csecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('do not serve');
    }
  });

  it('serves nothing for another host', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('app://soantin/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://soantin/index.html', 'POST')).status).toBe(405);
  });
});

describe('contentTypeFor', () => {
  it('knows the files a Vite build makes, and falls back to bytes', () => {
    expect(contentTypeFor('/r/assets/logo.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('/r/assets/photo.jpeg')).toBe('image/jpeg');
    expect(contentTypeFor('/r/assets/index.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/LICENSE')).toBe('application/octet-stream');
  });
});
