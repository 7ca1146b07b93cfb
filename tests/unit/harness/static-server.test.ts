import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRenderer, type StaticServer } from '../../e2e/harness/static-server';

/** The browser tests' server answers as the app's protocol handler does. */
let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'soantin-static-'));
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'renderer', 'assets', 'worker.mjs'), 'export {}');
  writeFileSync(join(dir, 'renderer', 'assets', 'noto.ttf'), 'font');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  server = await serveRenderer(join(dir, 'renderer'));
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw request: the path goes out exactly as written, dots and all. */
function get(path: string): Promise<{ status: number; type?: string; csp?: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], csp: res.headers['content-security-policy'] as string }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveRenderer', () => {
  it('sends the content type the app sends, with the CSP', async () => {
    expect(await get('/assets/worker.mjs')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('/assets/noto.ttf')).toMatchObject({ status: 200, type: 'font/ttf' });
    expect((await get('/')).csp).toContain("default-src 'none'");
  });

  it('refuses what the app refuses: a way out of the folder, encoded or not', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets%2f..%2f..%2fsecret.txt', '/a%5c..%5csecret.txt', '/%00']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});
