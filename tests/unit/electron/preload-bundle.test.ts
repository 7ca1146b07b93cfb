import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/ipc/channels';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let outDir: string;
let source: string;

// Builds the preload with the project's own electron-vite config, into a temp folder so a
// build here never disturbs out/ while the browser tests read it.
beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'soantin-preload-'));
  const resolved = await resolveConfig(
    { configFile: path.join(ROOT, 'electron.vite.config.ts'), root: ROOT, logLevel: 'silent' },
    'build',
    'production',
  );
  const preload = resolved.config?.preload;
  if (!preload) throw new Error('no preload in electron.vite.config.ts');
  await build({ ...preload, logLevel: 'silent', build: { ...preload.build, outDir, emptyOutDir: true } });
  source = readFileSync(path.join(outDir, 'index.cjs'), 'utf8');
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the built preload', () => {
  it('is one file, index.cjs', () => {
    expect(readdirSync(outDir).filter((f) => !f.endsWith('.map'))).toEqual(['index.cjs']);
  });

  it('is CommonJS that requires nothing but electron, and runs in a bare sandbox', () => {
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\bexport\s/);
    const required: string[] = [];
    const exposed: Record<string, unknown> = {};
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: { invoke: async () => ({ ok: true, value: {} }), on() {}, removeListener() {} },
    };
    const module = { exports: {} };
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    };
    vm.runInNewContext(source, { require: sandboxRequire, module, exports: module.exports });

    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['soantin']);
    expect(Object.keys(exposed.soantin as object).sort()).toEqual(
      [...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)].sort(),
    );
  });

  it('carries no validation library', () => {
    expect(source.length).toBeLessThan(20_000);
    expect(source).not.toContain('ZodError');
  });
});
