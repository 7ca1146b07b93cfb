import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
const schema = JSON.parse(readFileSync(resolve(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
const config = parse(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('electron-builder.yml', () => {
  it('is valid against the schema shipped in app-builder-lib', () => {
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check has teeth: a wrong type or an unknown key is refused', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, perMachine: 'yes' } })).toBe(false);
    expect(validate({ ...config, asarUnpak: ['x'] })).toBe(false);
  });

  it('names the product and packages for Windows, macOS and Linux', () => {
    expect(config.productName).toBe('Soạn Tin');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    const targets = (platform: { target: { target: string }[] }) => platform.target.map((t) => t.target);
    expect(targets(config.win)).toContain('nsis');
    expect(targets(config.mac)).toContain('dmg');
    expect(targets(config.linux)).toContain('AppImage');
  });

  it('keeps sharp and its native @img binaries outside the asar archive', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/sharp/**', '**/node_modules/@img/**']));
  });

  it('associates .tinbai drafts with the app, installed per machine on Windows so the association works', () => {
    expect(config.fileAssociations).toEqual(
      expect.arrayContaining([expect.objectContaining({ ext: 'tinbai', mimeType: 'application/vnd.soantin.article+zip' })]),
    );
    expect(config.nsis.perMachine).toBe(true);
  });

  it('takes its icon from assets/, large enough for macOS (512 px or more)', () => {
    const png = readFileSync(resolve(root, config.icon));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(512);
    expect(height).toBe(width);
  });

  it('flips the Electron fuses that would let the shipped app run other code', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The schema knows each fuse by name: a misspelt one would fail the schema test above.
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('packages only the build output and package.json', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });
});

describe('what the package carries', () => {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

  it('leaves the browser the tests bring out of the app (electron-builder packs production dependencies only)', () => {
    expect(pkg.devDependencies['@sparticuz/chromium']).toBeDefined();
    expect(pkg.dependencies['@sparticuz/chromium']).toBeUndefined();
    expect(pkg.dependencies['@playwright/test']).toBeUndefined();
  });

  it('ships sharp as a production dependency, so the packaged main process can make photos', () => {
    expect(pkg.dependencies.sharp).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('settles every install script on purpose: a clean `npm ci` asks for no approval', () => {
    expect(pkg.allowScripts).toEqual({ esbuild: true, 'electron-winstaller': false });
  });
});
