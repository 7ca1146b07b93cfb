import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePhotoFixtures } from '../../../fixtures/photos';

let folder: string;
let paths: Record<string, string>;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-photo-fixtures-'));
  paths = await writePhotoFixtures(folder);
}, 60_000);
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the photo fixtures are the files they claim to be', () => {
  it('a 24 MP camera JPEG, stored landscape with orientation 6, about the size a DSLR writes at q95', async () => {
    const meta = await sharp(paths['DSC_0799.jpg']).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.space]).toEqual([6000, 4000, 6, 'srgb']);
    expect(meta.icc).toBeDefined();
    // Flat colour would be a few hundred KB and decode unrealistically fast.
    expect((await stat(paths['DSC_0799.jpg'])).size).toBeGreaterThan(5_000_000);
  });

  it('the colour spaces and depths they are named for', async () => {
    expect((await sharp(paths['anh-in-cmyk.jpg']).metadata()).space).toBe('cmyk');
    expect((await sharp(paths['anh-16bit.png']).metadata()).depth).toBe('ushort');
    expect((await sharp(paths['anh-den-trang.jpg']).metadata()).channels).toBe(1);
    expect((await sharp(paths['logo-trong-suot.png']).metadata()).hasAlpha).toBe(true);
    expect((await sharp(paths['chuc-mung.gif']).metadata()).pages).toBe(3);
    expect((await sharp(paths['bom-giai-nen.png'], { limitInputPixels: false }).metadata()).width).toBe(50_000);
  });

  it('writes every file it lists into the folder', async () => {
    expect((await readdir(folder)).sort()).toEqual(Object.keys(paths).sort());
    expect((await stat(paths['trong.jpg'])).size).toBe(0);
  });
});
