import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPhoto, type ImportedPhoto } from '../../../../electron/services/photos/import-photo';
import { PHOTO_LIMITS } from '../../../../electron/services/photos/photo-limits';
import { createPreviewCache } from '../../../../electron/services/photos/preview-cache';
import { refusalCode } from '../../../helpers/refusal-code';
import { cameraJpeg, truncated } from '../../../fixtures/photos';

let folder: string;
let photo: ImportedPhoto;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-previews-'));
  photo = await importPhoto({ bytes: await cameraJpeg({ width: 3000, height: 2000 }), name: 'DSC_0799.jpg' });
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A master source that counts how often the cache had to read the master. */
function counted(master: Buffer) {
  let reads = 0;
  return { read: () => (reads++, master), reads: () => reads };
}

describe('previews are cached in the data folder by photo hash', () => {
  it('a missing preview is made from the master and kept; the next time the master is not read', async () => {
    const cache = createPreviewCache(join(folder, 'a'));
    const master = counted(photo.master);
    const first = await cache.get(photo.hash, master.read);
    expect(Math.max((await sharp(first).metadata()).width, (await sharp(first).metadata()).height)).toBe(PHOTO_LIMITS.previewLongEdge);
    expect((await readFile(cache.pathOf(photo.hash))).equals(first)).toBe(true);
    const second = await cache.get(photo.hash, master.read);
    expect(second.equals(first)).toBe(true);
    expect(master.reads()).toBe(1);
  });

  it('the preview remade from the master is the one the import made', async () => {
    const cache = createPreviewCache(join(folder, 'b'));
    expect((await cache.get(photo.hash, () => photo.master)).equals(photo.preview)).toBe(true);
  });

  it('a damaged preview (cut short by a crash, or zeroed) is remade', async () => {
    const cache = createPreviewCache(join(folder, 'c'));
    await cache.put(photo.hash, photo.preview);
    for (const damage of [truncated(photo.preview, 0.5), Buffer.alloc(photo.preview.length), Buffer.alloc(0)]) {
      await writeFile(cache.pathOf(photo.hash), damage);
      const master = counted(photo.master);
      expect((await cache.get(photo.hash, master.read)).equals(photo.preview)).toBe(true);
      expect(master.reads()).toBe(1);
      expect((await readFile(cache.pathOf(photo.hash))).equals(photo.preview)).toBe(true);
    }
  });

  it('asked for the same preview twice at once, it makes it once', async () => {
    const cache = createPreviewCache(join(folder, 'd'));
    const master = counted(photo.master);
    const [a, b] = await Promise.all([cache.get(photo.hash, master.read), cache.get(photo.hash, master.read)]);
    expect(a.equals(b)).toBe(true);
    expect(master.reads()).toBe(1);
  });

  it('a master that does not match its hash gets a preview but does not poison the cache', async () => {
    const dir = join(folder, 'e');
    const cache = createPreviewCache(dir);
    const wrongHash = 'f'.repeat(64);
    const preview = await cache.get(wrongHash, () => photo.master);
    expect(preview.equals(photo.preview)).toBe(true);
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });

  it('writes leave no temporary files behind, and a hash that is not one is refused', async () => {
    const dir = join(folder, 'f');
    const cache = createPreviewCache(dir);
    await cache.get(photo.hash, () => photo.master);
    expect(await readdir(dir)).toEqual([`${photo.hash}.jpg`]);
    expect(await refusalCode(cache.get('../../etc/passwd', () => photo.master))).toBe('invalid-payload');
    expect(() => cache.pathOf('ABC')).toThrow();
  });
});
