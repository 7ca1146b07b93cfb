import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliArguments } from '../../../electron/cli/cli-arguments';
import { runSoanTin } from '../../helpers/run-cli';
import { encodeDraft } from '../../../electron/services/draft/draft-codec';
import { createDraftFiles, writeDraft } from '../../../electron/services/draft/draft-files';
import { BROKEN_DRAFTS, REFERENCE_TITLE, referenceArticle } from '../../fixtures/drafts';

const ROOT = resolve(import.meta.dirname, '../../..');
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-cli-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const run = (...args: string[]) => runSoanTin(args);

describe('soan-tin', () => {
  it('info: the reference draft’s details, word count and entries, as JSON', async () => {
    const file = join(folder, 'Hội nghị Duy Tiên.tinbai');
    await writeFile(file, await encodeDraft(referenceArticle()));
    const { code, out, err } = await run('info', file);
    expect(err).toBe('');
    expect(code).toBe(0);
    const info = JSON.parse(out);
    expect(info.meta.title).toBe(REFERENCE_TITLE);
    expect(info.words).toBe(351);
    expect(info.entries).toEqual(['mimetype', 'article.json']);
  });

  it('info: each photo, which is the main one, and the thumbnail crop of one that has it', async () => {
    const file = join(folder, 'co-anh.tinbai');
    await copyFile(join(ROOT, 'tests/fixtures/formats/v2-photos.tinbai'), file);
    const drafts = createDraftFiles();
    const { article, media } = await drafts.open(file);
    const [first, second] = article.media;
    const framed = { ...article, media: [first, { ...second, crop: { x: 0, y: 0.25, width: 1, height: 0.5 } }] };
    await writeDraft(file, framed, (hash) => media.read(hash));

    const info = JSON.parse((await run('info', file)).out);
    expect(info.formatVersion).toBe(3);
    expect(info.photos).toEqual([
      expect.objectContaining({ originalName: 'DSC_0799.jpg', main: false, used: true }),
      expect.objectContaining({
        originalName: 'DSC05850.jpg',
        main: true,
        crop: { x: 0, y: 0.25, width: 1, height: 0.5 },
        cropPixels: { left: 0, top: 120, width: 320, height: 240 },
      }),
    ]);
    expect(info.photos[0]).not.toHaveProperty('crop');
  });

  it.each(BROKEN_DRAFTS.map((d) => [d.file, d] as const))('info on %s: exit 2 and one line, Vietnamese then English', async (name, draft) => {
    const file = join(folder, name);
    await writeFile(file, await draft.build());
    const { code, out, err } = await run('info', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(err).toMatch(/^soan-tin: .+ · .+\n$/);
    expect(err).not.toMatch(/\bat \S+:\d+/);
  });

  it('--help in both languages, --version, an unknown verb, a missing argument', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Cách dùng: soan-tin');
    expect(help.out).toContain('Usage: soan-tin');
    expect((await run('--version')).out).toBe('0.1.0\n');
    const unknown = await run('xuat');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('soan-tin: Không có lệnh "xuat". Gõ soan-tin --help để xem các lệnh. · There is no command "xuat". Type soan-tin --help for the commands.\n');
    expect((await run('info')).code).toBe(2);
  });

  it('tells a command-line run from a draft to open in the window', () => {
    expect(cliArguments(['/opt/Soạn Tin/soan-tin', 'info', 'a.tinbai'], true)).toEqual(['info', 'a.tinbai']);
    expect(cliArguments(['/opt/Soạn Tin/soan-tin', '--version'], true)).toEqual(['--version']);
    expect(cliArguments(['/opt/Soạn Tin/soan-tin', 'Hội nghị.tinbai'], true)).toBeNull();
    expect(cliArguments(['/opt/Soạn Tin/soan-tin'], true)).toBeNull();
    expect(cliArguments(['electron', '.', '--', 'info', 'a.tinbai'], false)).toEqual(['info', 'a.tinbai']);
    expect(cliArguments(['electron', '.', 'draft.tinbai'], false)).toBeNull();
  });

  it('runs in plain Node from the built bin, as `npx soan-tin` does', async () => {
    const file = join(folder, 'bin.tinbai');
    await writeFile(file, await encodeDraft(referenceArticle()));
    const build = await new Promise<number>((done) => execFile(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT }, (e) => done(e ? 1 : 0)));
    expect(build).toBe(0);
    const result = await new Promise<{ code: number; stdout: string }>((done) =>
      execFile(process.execPath, [join(ROOT, 'bin/soan-tin.mjs'), 'info', file], (e, stdout) => done({ code: e ? 1 : 0, stdout })),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).meta.title).toBe(REFERENCE_TITLE);
  });
});
