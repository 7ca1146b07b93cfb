import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPhoto, type ImportedPhoto } from '../../../../electron/services/photos/import-photo';
import { PHOTO_LIMITS } from '../../../../electron/services/photos/photo-limits';
import {
  TOP_BAND,
  TOP_BAND_FRACTION,
  avifPhoto,
  cameraJpeg,
  cmykJpeg,
  greyJpeg,
  png16,
  portraitJpeg,
  profiledJpeg,
  tiffPhoto,
  transparentPng,
  webpPhoto,
} from '../../../fixtures/photos';
import { colourDistance, meanColour, storedColour } from './pixels';

let folder: string;
let cameraPath: string;
let camera: ImportedPhoto;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-photos-'));
  cameraPath = join(folder, 'DSC_0799.jpg');
  // A 24 MP DSLR photo shot with the camera turned upright: stored landscape, EXIF orientation 6.
  await writeFile(cameraPath, await cameraJpeg({ width: 6000, height: 4000, orientation: 6, markTop: true }));
  camera = await importPhoto({ path: cameraPath });
}, 60_000);
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Whether the rows at the top (or bottom) of an image are the band drawn at the photo's top. */
async function bandAt(image: Buffer, edge: 'top' | 'bottom'): Promise<boolean> {
  const { width, height } = await sharp(image).metadata();
  const rows = Math.max(2, Math.floor(height * TOP_BAND_FRACTION * 0.5));
  const colour = await meanColour(image, { left: 0, top: edge === 'top' ? 0 : height - rows, width, height: rows });
  return colourDistance(colour, TOP_BAND) < 12;
}

describe('a camera photo becomes an upright sRGB master of at most 2560 px', () => {
  it('applies the EXIF orientation: the photo shot upright is upright, its top at the top', async () => {
    expect([camera.width, camera.height]).toEqual([Math.round((4000 * 2560) / 6000), 2560]);
    expect(await bandAt(camera.master, 'top')).toBe(true);
    expect(await bandAt(camera.master, 'bottom')).toBe(false);
  });

  it('the master is a JPEG of exactly the size it reports, with no orientation left to apply', async () => {
    const meta = await sharp(camera.master).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.width, meta.height]).toEqual([camera.width, camera.height]);
    expect(meta.orientation).toBeUndefined();
    expect(meta.space).toBe('srgb');
    expect(meta.channels).toBe(3);
  });

  it('is named by the sha256 of its bytes', () => {
    expect(camera.hash).toBe(createHash('sha256').update(camera.master).digest('hex'));
  });

  it('a preview for the editor: small, upright, the same picture', async () => {
    const meta = await sharp(camera.preview).metadata();
    expect(Math.max(meta.width, meta.height)).toBe(PHOTO_LIMITS.previewLongEdge);
    expect(meta.height).toBeGreaterThan(meta.width);
    expect(await bandAt(camera.preview, 'top')).toBe(true);
    expect(camera.preview.length).toBeLessThan(camera.master.length / 4);
  });

  it('keeps the name and size of the camera file', async () => {
    expect(camera.originalName).toBe('DSC_0799.jpg');
    expect(camera.sourceBytes).toBe((await stat(cameraPath)).size);
  });

  it('a portrait photo with no orientation to apply stays as it is, long edge 2560', async () => {
    const photo = await importPhoto({ bytes: await portraitJpeg(), name: 'DSC05850.jpg' });
    expect([photo.width, photo.height]).toEqual([Math.round((4000 * 2560) / 6000), 2560]);
    expect(await bandAt(photo.master, 'top')).toBe(true);
  });

  it('every EXIF orientation (1–8, mirrored ones too) ends with the photo’s top at the top', async () => {
    for (let orientation = 1; orientation <= 8; orientation++) {
      const photo = await importPhoto({ bytes: await cameraJpeg({ width: 600, height: 400, orientation, markTop: true, gps: false }), name: `o${orientation}.jpg` });
      const landscape = orientation < 5;
      expect([orientation, photo.width > photo.height]).toEqual([orientation, landscape]);
      expect([orientation, await bandAt(photo.master, 'top')]).toEqual([orientation, true]);
    }
  });
});

describe('the same photo is one master', () => {
  it('imported twice, from its file or its bytes, it has the same hash and bytes', async () => {
    const again = await importPhoto({ path: cameraPath });
    const pasted = await importPhoto({ bytes: await readFile(cameraPath), name: 'dán.jpg' });
    expect(again.hash).toBe(camera.hash);
    expect(pasted.hash).toBe(camera.hash);
    expect(pasted.master.equals(camera.master)).toBe(true);
  });

  it('a different photo has a different hash', async () => {
    const other = await importPhoto({ bytes: await cameraJpeg({ width: 600, height: 400, seed: 2 }), name: 'b.jpg' });
    expect(other.hash).not.toBe(camera.hash);
  });
});

describe('the camera file is only read', () => {
  it('its bytes and its modification time are unchanged by an import', async () => {
    const path = join(folder, 'DSC05850.jpg');
    await writeFile(path, await cameraJpeg({ width: 1200, height: 800, orientation: 8 }));
    const before = { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs };
    await new Promise((resolve) => setTimeout(resolve, 20));
    await importPhoto({ path });
    expect((await readFile(path)).equals(before.bytes)).toBe(true);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });
});

describe('each format and colour space the newsroom receives', () => {
  it('PNG, WebP, TIFF and AVIF import at their own size (a smaller photo is not enlarged)', async () => {
    const cases = [
      { name: 'a.webp', bytes: await webpPhoto(1600, 1200), size: [1600, 1200] },
      { name: 'a.tif', bytes: await tiffPhoto(3000, 2000), size: [2560, Math.round((2000 * 2560) / 3000)] },
      { name: 'a.avif', bytes: await avifPhoto(800, 600), size: [800, 600] },
      { name: 'a.png', bytes: await transparentPng({ r: 0, g: 90, b: 200 }, 600), size: [600, 600] },
    ];
    for (const { name, bytes, size } of cases) {
      const photo = await importPhoto({ bytes, name });
      expect([name, photo.width, photo.height]).toEqual([name, ...size]);
      expect((await sharp(photo.master).metadata()).format).toBe('jpeg');
    }
  });

  it('a transparent PNG is put on white, as the portal page shows it', async () => {
    const colour = { r: 0, g: 90, b: 200 };
    const photo = await importPhoto({ bytes: await transparentPng(colour, 600), name: 'logo.png' });
    expect(colourDistance(await meanColour(photo.master, { left: 0, top: 0, width: 40, height: 40 }), { r: 255, g: 255, b: 255 })).toBeLessThan(3);
    expect(colourDistance(await meanColour(photo.master, { left: 280, top: 280, width: 40, height: 40 }), colour)).toBeLessThan(4);
  });

  it('a Display P3 photo is converted: stored P3 numbers become the sRGB colour they mean', async () => {
    const colour = { r: 40, g: 170, b: 60 };
    const bytes = await profiledJpeg('p3', colour);
    // The file holds other numbers than the colour: they only mean it through the profile.
    expect(colourDistance(await storedColour(bytes), colour)).toBeGreaterThan(10);
    const photo = await importPhoto({ bytes, name: 'p3.jpg' });
    expect(colourDistance(await storedColour(photo.master), colour)).toBeLessThanOrEqual(3);
    expect((await sharp(photo.master).metadata()).icc).toBeUndefined();
  });

  it('a CMYK JPEG becomes an RGB master of the same colour', async () => {
    const colour = { r: 200, g: 40, b: 40 };
    const photo = await importPhoto({ bytes: await cmykJpeg(colour), name: 'in-an.jpg' });
    const meta = await sharp(photo.master).metadata();
    expect([meta.space, meta.channels]).toEqual(['srgb', 3]);
    // A print profile's round trip moves a colour by a few levels; CMYK numbers read as RGB
    // (the classic failure: a negative-looking photo) would be off by a hundred.
    expect(colourDistance(await meanColour(photo.master), colour)).toBeLessThanOrEqual(10);
  });

  it('a 16-bit PNG becomes an 8-bit master of the same colour', async () => {
    const colour = { r: 200, g: 120, b: 30 };
    const photo = await importPhoto({ bytes: await png16(colour), name: 'scan.png' });
    const meta = await sharp(photo.master).metadata();
    expect([meta.depth, meta.channels]).toEqual(['uchar', 3]);
    expect(colourDistance(await meanColour(photo.master), colour)).toBeLessThanOrEqual(2);
  });

  it('a black-and-white JPEG becomes a three-channel sRGB master', async () => {
    const photo = await importPhoto({ bytes: await greyJpeg(), name: 'den-trang.jpg' });
    const meta = await sharp(photo.master).metadata();
    expect([meta.space, meta.channels]).toEqual(['srgb', 3]);
  });

  it('an sRGB photo keeps its colours', async () => {
    const colour = { r: 30, g: 140, b: 210 };
    const photo = await importPhoto({ bytes: await profiledJpeg('srgb', colour), name: 'srgb.jpg' });
    expect(colourDistance(await storedColour(photo.master), colour)).toBeLessThanOrEqual(2);
  });

  it('a file name in decomposed Unicode (as macOS gives it) is kept composed', async () => {
    const nfd = 'Hội nghị Thị ủy.jpg'.normalize('NFD');
    const path = join(folder, nfd);
    await writeFile(path, await cameraJpeg({ width: 300, height: 200 }));
    expect((await importPhoto({ path })).originalName).toBe('Hội nghị Thị ủy.jpg'.normalize('NFC'));
  });
});
