import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
// Inside the project so that type packages resolve as they do for the real rooms.
const probeDir = mkdtempSync(join(root, 'node_modules/.room-probe-'));
afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

/** Type-checks one probe file with a room's own compiler options; returns tsc's output ('' when clean). */
function checkInRoom(room: 'shared' | 'electron' | 'renderer', source: string): string {
  const name = `${room}-${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(probeDir, `${name}.ts`), source);
  writeFileSync(
    join(probeDir, `${name}.json`),
    JSON.stringify({
      extends: resolve(root, `tsconfig.${room}.json`),
      include: [],
      files: [join(probeDir, `${name}.ts`)],
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, '-p', join(probeDir, `${name}.json`)], { cwd: root, encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

const DOM_USE = 'export const title: string = document.title;\n';
const NODE_USE = "export const cwd: string = process.cwd();\nexport const buf = Buffer.from('x');\n";

describe('each room sees only its own platform', () => {
  it('a DOM use in shared/ fails the check', () => {
    expect(checkInRoom('shared', DOM_USE)).toMatch(/Cannot find name 'document'/);
  });

  it('a Node use in shared/ fails the check', () => {
    expect(checkInRoom('shared', NODE_USE)).toMatch(/Cannot find name 'process'/);
  });

  it('a DOM use in electron/ fails the check', () => {
    expect(checkInRoom('electron', DOM_USE)).toMatch(/Cannot find name 'document'/);
  });

  it('a Node use in renderer/ fails the check', () => {
    expect(checkInRoom('renderer', NODE_USE)).toMatch(/Cannot find name 'process'|Cannot find name 'Buffer'/);
  });

  it('the same uses pass where they belong (the probe itself is sound)', () => {
    expect(checkInRoom('renderer', DOM_USE)).toBe('');
    expect(checkInRoom('electron', NODE_USE)).toBe('');
    expect(checkInRoom('shared', 'export const n: number = [1, 2].at(-1) ?? 0;\n')).toBe('');
  });
});
