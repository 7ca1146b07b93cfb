import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` on a machine without Electron: the start script makes sure of the binary before
 * electron-vite runs. Proven without the internet: a stand-in Electron (a script that records its
 * arguments) given by ELECTRON_OVERRIDE_DIST_PATH, and Electron's own installer pointed by
 * ELECTRON_MIRROR at a loopback server that refuses.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const START = join(ROOT, 'scripts/electron/start.mjs');
const isWindows = process.platform === 'win32';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runStart(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Run> {
  const clean = { ...process.env };
  for (const key of ['ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_SKIP_BINARY_DOWNLOAD', 'ELECTRON_MIRROR', 'ELECTRON_EXEC_PATH', 'SOANTIN_ELECTRON_PACKAGE']) delete clean[key];
  return new Promise((done) => {
    execFile(process.execPath, [START, 'preview', ...args], { cwd: ROOT, env: { ...clean, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'soantin-start-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(isWindows)('npm start', () => {
  it('builds the app and runs the Electron it was given with our main and the arguments', async () => {
    const dist = join(work, 'electron-dist');
    mkdirSync(dist);
    const record = join(work, 'launched.txt');
    const standIn = join(dist, process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron');
    mkdirSync(join(standIn, '..'), { recursive: true });
    writeFileSync(standIn, `#!/bin/sh\nprintf '%s\\n' "$PWD" "$@" > '${record}'\n`);
    chmodSync(standIn, 0o755);

    const run = await runStart({ ELECTRON_OVERRIDE_DIST_PATH: dist }, ['--', '--', '/tmp/Hội nghị.tinbai']);

    expect(run.code, run.stderr).toBe(0);
    const [cwd, ...args] = readFileSync(record, 'utf8').trimEnd().split('\n');
    // electron-vite starts Electron on the project (package.json "main": the built main process).
    expect(resolve(cwd, args[0])).toBe(ROOT);
    expect(args).toContain('/tmp/Hội nghị.tinbai');
    const main = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).main as string;
    expect(existsSync(join(ROOT, main))).toBe(true);
  });

  it('says in one paragraph, Vietnamese then English, what to do when Electron cannot be downloaded', async () => {
    // An electron package without its binary: Electron's own installer, resolving @electron/get as it ships.
    const modules = join(work, 'node_modules');
    const pkg = join(modules, 'electron');
    mkdirSync(pkg, { recursive: true });
    for (const file of ['install.js', 'package.json', 'checksums.json']) copyFileSync(join(ROOT, 'node_modules/electron', file), join(pkg, file));
    symlinkSync(join(ROOT, 'node_modules/@electron'), join(modules, '@electron'), 'dir');

    const requests: string[] = [];
    const server: Server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(503).end('unavailable');
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const { port } = server.address() as AddressInfo;
    try {
      const run = await runStart({
        SOANTIN_ELECTRON_PACKAGE: pkg,
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
        electron_config_cache: join(work, 'cache'),
      });
      expect(run.code).not.toBe(0);
      // The installer really asked the mirror for this Electron version.
      const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version as string;
      expect(requests.some((url) => url.includes(version))).toBe(true);
      expect(run.stderr).toContain('Soạn Tin cần Electron để mở cửa sổ');
      expect(run.stderr).toContain('Soạn Tin needs Electron to open its window');
      expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
      // A paragraph, not a stack trace.
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(join(pkg, 'path.txt'))).toBe(false);
    } finally {
      server.close();
    }
  });

  it('does not try to download when the download is turned off, and says so', async () => {
    const run = await runStart({ SOANTIN_ELECTRON_PACKAGE: join(work, 'no-electron'), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(run.stdout).not.toContain('Downloading Electron');
  });

  it('refuses an ELECTRON_OVERRIDE_DIST_PATH that holds no Electron', async () => {
    const run = await runStart({ ELECTRON_OVERRIDE_DIST_PATH: join(work, 'nothing-here') });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH không chứa Electron');
  });
});
