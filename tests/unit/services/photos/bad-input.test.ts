import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPhoto } from '../../../../electron/services/photos/import-photo';
import { refusalCode } from '../../../helpers/refusal-code';
import { animatedGif, cameraJpeg, onePixelColourPng, svgWithScript, textNamedJpg, tiffPhoto, truncated } from '../../../fixtures/photos';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-bad-photos-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Name, size, time and bytes of every file in the folder: what "nothing was written" means. */
async function snapshot(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(
    names.map(async (name) => {
      const info = await stat(join(dir, name));
      const content = info.isFile() ? (await readFile(join(dir, name))).toString('base64').slice(0, 64) : 'dir';
      return `${name} ${info.size} ${info.mtimeMs} ${content}`;
    }),
  );
}

/** Writes the file, imports it by path, and returns the refusal code after checking the folder is as it was. */
async function refusalFor(name: string, bytes: Buffer, options = {}): Promise<string> {
  const dir = await mkdtemp(join(folder, 'case-'));
  const path = join(dir, name);
  await writeFile(path, bytes);
  const before = await snapshot(dir);
  const code = await refusalCode(importPhoto({ path }, options));
  expect(await snapshot(dir)).toEqual(before);
  return code;
}

describe('each file that is not a usable photo is refused with its own reason, and nothing is written', () => {
  it('a JPEG cut short (a copy interrupted) is damaged', async () => {
    expect(await refusalFor('DSC_0800.jpg', truncated(await cameraJpeg({ width: 1200, height: 800 }), 0.6))).toBe('photo-damaged');
  });

  it('a PNG cut short is damaged', async () => {
    const png = await sharp(await cameraJpeg({ width: 400, height: 300 })).png().toBuffer();
    expect(await refusalFor('logo.png', truncated(png, 0.7))).toBe('photo-damaged');
  });

  it('an empty file is empty', async () => {
    expect(await refusalFor('DSC_0801.jpg', Buffer.alloc(0))).toBe('photo-empty');
  });

  it('a text file named .jpg is not an image', async () => {
    expect(await refusalFor('DSC_0802.jpg', textNamedJpg())).toBe('photo-not-an-image');
  });

  it('a 50000×50000 PNG (a decompression bomb of a few hundred KB) is refused before it is decoded', async () => {
    const bomb = onePixelColourPng(50_000, 50_000);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect(await refusalFor('bomb.png', bomb)).toBe('photo-too-many-pixels');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a 12000×12000 image (144 MP) is over the limit; the same under a raised limit is imported', async () => {
    const big = onePixelColourPng(12_000, 12_000);
    expect(await refusalFor('scan.png', big)).toBe('photo-too-many-pixels');
    const photo = await importPhoto({ bytes: big, name: 'scan.png' }, { inputPixels: 150_000_000 });
    expect(Math.max(photo.width, photo.height)).toBe(2560);
  });

  it('an animated GIF or WebP is an animation, a still GIF an unsupported format', async () => {
    expect(await refusalFor('chuc-mung.gif', await animatedGif('gif'))).toBe('photo-animated');
    expect(await refusalFor('chuc-mung.webp', await animatedGif('webp'))).toBe('photo-animated');
    const still = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#c00' } }).gif().toBuffer();
    expect(await refusalFor('logo.gif', still)).toBe('photo-unsupported-format');
  });

  it('an SVG with a script is refused from its first bytes (no decoder renders it)', async () => {
    expect(await refusalFor('logo.svg', svgWithScript())).toBe('photo-unsupported-format');
    expect(await refusalFor('logo.jpg', svgWithScript())).toBe('photo-unsupported-format');
  });

  it('a HEIC this build cannot decode asks for JPEG', async () => {
    const body = Buffer.concat([Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(2000, 7)]);
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), body]);
    expect(await refusalFor('IMG_0001.HEIC', heic)).toBe('photo-heic-unsupported');
  });

  it('a camera raw file (TIFF-based NEF) asks for the camera software, not its tiny embedded preview', async () => {
    expect(await refusalFor('DSC_0799.NEF', await tiffPhoto(160, 120))).toBe('photo-camera-raw');
  });

  it('a BMP is an unsupported format', async () => {
    const bmp = Buffer.alloc(58);
    bmp.write('BM', 0, 'latin1');
    bmp.writeUInt32LE(58, 2);
    bmp.writeUInt32LE(54, 10);
    expect(await refusalFor('scan.bmp', bmp)).toBe('photo-unsupported-format');
  });

  it('a file larger than any photo is refused without being read', async () => {
    expect(await refusalFor('huge.jpg', await cameraJpeg({ width: 400, height: 300 }), { sourceBytes: 1000 })).toBe('photo-file-too-large');
  });

  it('a path that is gone or is a folder says so', async () => {
    expect(await refusalCode(importPhoto({ path: join(folder, 'moved-away.jpg') }))).toBe('file-not-found');
    const dir = join(folder, 'Ảnh hội nghị.jpg');
    await mkdir(dir);
    expect(await refusalCode(importPhoto({ path: dir }))).toBe('photo-not-an-image');
  });

  it('pasted bytes are checked the same way', async () => {
    expect(await refusalCode(importPhoto({ bytes: new Uint8Array(0), name: 'image.png' }))).toBe('photo-empty');
    expect(await refusalCode(importPhoto({ bytes: textNamedJpg(), name: 'image.png' }))).toBe('photo-not-an-image');
    expect(await refusalCode(importPhoto({ bytes: onePixelColourPng(50_000, 50_000), name: 'image.png' }))).toBe('photo-too-many-pixels');
  });
});
