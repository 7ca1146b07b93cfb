import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, with the file it is in. */
function importsIn(folder: string): { file: string; spec: string }[] {
  return sourceFiles(join(root, folder)).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)];
    return specs.map((m) => ({ file: relative(root, file), spec: m[1] ?? m[2] }));
  });
}

const offenders = (folder: string, forbidden: (spec: string) => boolean) =>
  importsIn(folder)
    .filter(({ spec }) => forbidden(spec))
    .map(({ file, spec }) => `${file} imports ${spec}`);

/** Whether a relative import lands in electron/ipc/. */
const reachesIpcLayer = ({ file, spec }: { file: string; spec: string }) =>
  spec.startsWith('.') && relative(root, resolve(root, dirname(file), spec)).startsWith(join('electron', 'ipc'));

const NODE_BUILTIN = /^node:|^(fs|path|os|child_process|crypto|stream|url|util|zlib|http|https|net|events|buffer)(\/|$)/;

describe('the three rooms import only what their room allows', () => {
  it('the scan sees imports at all', () => {
    expect(importsIn('electron').some(({ spec }) => spec === 'electron')).toBe(true);
  });

  it("services import nothing from 'electron' (they run in tests and on the command line)", () => {
    expect(offenders('electron/services', (s) => s === 'electron' || s.startsWith('electron/') || s === 'electron-store')).toEqual([]);
  });

  it('services do not import the IPC layer: the ports they implement live beside them', () => {
    expect(importsIn('electron/services').filter(reachesIpcLayer)).toEqual([]);
  });

  it('the launch draft is read without the IPC layer', () => {
    const launchDraft = importsIn('electron').filter(({ file }) => file === 'electron/launch-draft.ts');
    expect(launchDraft.length).toBeGreaterThan(0);
    expect(launchDraft.filter(reachesIpcLayer)).toEqual([]);
  });

  it('shared/ imports neither Node, Electron, React, nor another room', () => {
    expect(
      offenders('shared', (s) => NODE_BUILTIN.test(s) || /^(electron|react|react-dom|lexical|@lexical\/)/.test(s) || /\.\.\/(\.\.\/)*(electron|renderer)\//.test(s)),
    ).toEqual([]);
  });

  it('the renderer imports neither Node nor Electron nor the main process', () => {
    expect(offenders('renderer', (s) => NODE_BUILTIN.test(s) || s === 'electron' || /(^|\/)electron\//.test(s))).toEqual([]);
  });

  it('the editor imports nothing from the app shell or the bridge: the platform and links come in as props', () => {
    const landsIn = (file: string, spec: string, target: string) => spec.startsWith('.') && relative(root, resolve(root, dirname(file), spec)).startsWith(target);
    const reaching = importsIn('renderer/src/editor')
      .filter(({ file, spec }) => landsIn(file, spec, join('renderer', 'src', 'app')) || landsIn(file, spec, join('renderer', 'src', 'bridge')))
      .map(({ file, spec }) => `${file} imports ${spec}`);
    expect(reaching).toEqual([]);
  });

  it('the main process does not import the renderer', () => {
    expect(offenders('electron', (s) => /(^|\/)renderer\//.test(s) || /^(react|lexical|@lexical\/)/.test(s))).toEqual([]);
  });

  it('the preload needs no validation library at run time (it stays one small CommonJS file)', () => {
    const runtime = importsIn('electron')
      .filter(({ file }) => file === 'electron/preload.ts')
      .map(({ spec }) => spec);
    expect(runtime).toContain('electron');
    const text = readFileSync(join(root, 'electron/preload.ts'), 'utf8');
    expect(text).not.toMatch(/^import\s+(?!type)[^;]*from\s+['"][^'"]*contract['"]/m);
    expect(text).not.toMatch(/from\s+['"]zod['"]/);
  });
});
