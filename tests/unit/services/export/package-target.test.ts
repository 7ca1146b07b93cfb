import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePackage, zipBytes } from '../../../../electron/services/export/package-target';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'soantin-target-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const file = (name: string, text: string) => ({ name, data: Buffer.from(text, 'utf8') });
const mtime = new Date('2022-05-28T10:45:30Z');

describe('writing a package all or nothing', () => {
  it('a folder that fails half way leaves neither the target nor a temporary folder', async () => {
    const parent = join(work, 'half');
    await mkdir(parent);
    // "images" is a folder for the second entry, so writing the first one (a file of that name) fails.
    const files = [file('article.html', '<p>x</p>'), file('images', 'x'), file('images/a.jpg', 'y')];
    await expect(writePackage({ kind: 'folder', path: join(parent, 'pkg') }, files, { overwrite: false, mtime })).rejects.toThrow();
    expect(await readdir(parent)).toEqual([]);
  });

  it('a failed replacement keeps the old package as it was', async () => {
    const parent = join(work, 'keep');
    const target = join(parent, 'pkg');
    await mkdir(target, { recursive: true });
    await writeFile(join(target, 'article.html'), 'bản cũ');
    const files = [file('article.html', 'bản mới'), file('images', 'x'), file('images/a.jpg', 'y')];
    await expect(writePackage({ kind: 'folder', path: target }, files, { overwrite: true, mtime })).rejects.toThrow();
    expect(await readFile(join(target, 'article.html'), 'utf8')).toBe('bản cũ');
    expect(await readdir(parent)).toEqual(['pkg']);
  });

  it('entry names are ours only: nothing that climbs out or hides', async () => {
    for (const name of ['../x.html', '/etc/x', 'a/../../x', 'images\\x.jpg', '.hidden', 'a/b/c.jpg', 'ảnh.jpg']) {
      await expect(writePackage({ kind: 'zip', path: join(work, 'bad.zip') }, [file(name, 'x')], { overwrite: false, mtime }), name).rejects.toThrow(/unsafe package entry/);
    }
    await expect(readdir(work)).resolves.not.toContain('bad.zip');
  });

  it('the zip is the same bytes for the same files', async () => {
    const files = [file('article.html', '<p>Tỉnh ủy</p>'), file('images/a.jpg', 'jpeg')];
    expect((await zipBytes(files, mtime)).equals(await zipBytes(files, mtime))).toBe(true);
  });
});
