import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPackage } from '../../../../electron/services/export/export-package';
import { makePhoto, readMaster, type Master } from '../../../../electron/services/export/image-renditions';
import { attentionCropOfMaster } from '../../../../electron/services/photos';
import { fitAspect } from '../../../../shared/article/photo-crop';
import { HALVES_BLUE as BLUE, twoHalvesJpeg as twoHalves } from '../../../fixtures/photos';
import { article, figure, p, t } from '../../shared/export/export-fixtures';
import { colourDistance, meanColour } from '../photos/pixels';
import { sha256 } from './synthetic-photo';

const THUMBNAIL = { width: 400, height: 300 };


let bytes: Buffer;
let master: Master;
let work: string;
beforeAll(async () => {
  bytes = await twoHalves();
  master = (await readMaster(bytes))!;
  work = await mkdtemp(join(tmpdir(), 'soantin-crop-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function thumbnailOf(crop?: { x: number; y: number; width: number; height: number }): Promise<Buffer> {
  const out = await makePhoto({ master, jpeg: [], webp: [], main: { width: 800, thumbnail: THUMBNAIL, crop } }, { quality: 85 });
  return out.thumbnail!.data;
}

/** Mean colour of the thumbnail's left and right quarters. */
async function sides(thumbnail: Buffer) {
  const { width = 0, height = 0 } = await sharp(thumbnail).metadata();
  const quarter = Math.floor(width / 4);
  return {
    size: [width, height],
    left: await meanColour(thumbnail, { left: 0, top: 0, width: quarter, height }),
    right: await meanColour(thumbnail, { left: width - quarter, top: 0, width: quarter, height }),
  };
}

describe('the first guess: sharp’s attention crop as a frame on the photo', () => {
  it('is where sharp’s own attention crop cuts the 4:3 thumbnail, in fractions, wholly inside the photo', async () => {
    const crop = await attentionCropOfMaster(bytes, THUMBNAIL);
    // sharp asked directly, the way the export used to cut the thumbnail: a 800 × 300 cover, cut at -cropOffsetLeft.
    const { info } = await sharp(bytes).resize(400, 300, { fit: 'cover', position: sharp.strategy.attention }).toBuffer({ resolveWithObject: true });
    expect(crop.x).toBeCloseTo(-(info.cropOffsetLeft ?? 0) / 800, 2);
    expect([crop.y, crop.height]).toEqual([0, 1]);
    expect(crop.width).toBeCloseTo(0.5);
    expect(crop.x + crop.width).toBeLessThanOrEqual(1);
    // Drawn to the detailed red banner, not left in the middle (a centred frame starts at 0.25).
    expect(crop.x).toBeGreaterThan(0.3);
    // 4:3 on the photo's pixels.
    expect((crop.width * master.width) / (crop.height * master.height)).toBeCloseTo(4 / 3, 2);
  });

  it('reads the photo upright: a master stored on its side (EXIF orientation 6) is framed as shown', async () => {
    const turned = await sharp(bytes).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toBuffer();
    const upright = await attentionCropOfMaster(bytes, THUMBNAIL);
    const crop = await attentionCropOfMaster(turned, THUMBNAIL);
    expect(crop.height).toBe(1);
    expect(crop.width).toBeCloseTo(0.5);
    expect(Math.abs(crop.x - upright.x)).toBeLessThan(0.05);
  });

  it('refuses bytes that are not a photo with a clear code', async () => {
    await expect(attentionCropOfMaster(Buffer.from('không phải ảnh'), THUMBNAIL)).rejects.toMatchObject({ code: 'photo-damaged' });
  });
});

describe('the export’s thumbnail follows the frame', () => {
  it('a frame at the left edge gives a thumbnail of the left (blue) half', async () => {
    // The left half is exactly the largest 4:3 frame that fits, moved to the edge.
    expect(fitAspect(master.width, master.height, 4, 3).width).toBeCloseTo(0.5);
    const left = await sides(await thumbnailOf({ x: 0, y: 0, width: 0.5, height: 1 }));
    expect(left.size).toEqual([400, 300]);
    expect(colourDistance(left.left, BLUE)).toBeLessThan(20);
    expect(colourDistance(left.right, BLUE)).toBeLessThan(20);
    // And one at the right edge, of the red banner.
    const right = await sides(await thumbnailOf({ x: 0.5, y: 0, width: 0.5, height: 1 }));
    expect(right.left.r).toBeGreaterThan(150);
    expect(right.right.r).toBeGreaterThan(150);
  });

  it('without a frame, the thumbnail is the one the first guess shows', async () => {
    const guess = await attentionCropOfMaster(bytes, THUMBNAIL);
    const guessed = await sides(await thumbnailOf(guess));
    const none = await sides(await thumbnailOf());
    expect(colourDistance(none.left, guessed.left)).toBeLessThan(6);
    expect(colourDistance(none.right, guessed.right)).toBeLessThan(6);
    // Its right side is the red banner.
    expect(none.right.r).toBeGreaterThan(150);
  });

  it('a smaller frame straddling the halves: blue on the thumbnail’s left, red on its right, at full sharpness', async () => {
    // 0.375..0.625 of the width, the middle two thirds of the height: a 4:3 frame 600 × 450 px.
    const middle = await sides(await thumbnailOf({ x: 0.375, y: 1 / 6, width: 0.25, height: 2 / 3 }));
    expect(middle.size).toEqual([400, 300]);
    expect(colourDistance(middle.left, BLUE)).toBeLessThan(20);
    expect(middle.right.r).toBeGreaterThan(150);
    expect(middle.right.b).toBeLessThan(100);
  });

  it('the package’s thumbnail file is cut from the crop the draft stores for its main photo', async () => {
    const hash = sha256(bytes);
    const body = [figure({ media: hash, width: master.width, height: master.height }), p(t('Đã đề ra./.'))];
    const exportWith = async (name: string, crop?: { x: number; y: number; width: number; height: number }) => {
      const target = join(work, name);
      await exportPackage({
        article: { ...article(body), media: [{ hash, main: true, ...(crop ? { crop } : {}) }] },
        target: { kind: 'folder', path: target },
        media: async () => bytes,
      });
      const thumbName = (await readdir(join(target, 'images'))).find((f) => f.endsWith('-anh-thu-nho.jpg'))!;
      return sides(await readFile(join(target, 'images', thumbName)));
    };
    const cropped = await exportWith('trai', { x: 0, y: 0, width: 0.5, height: 1 });
    expect(colourDistance(cropped.left, BLUE)).toBeLessThan(20);
    expect(colourDistance(cropped.right, BLUE)).toBeLessThan(20);
    const guessed = await exportWith('tu-dong');
    expect(guessed.right.r).toBeGreaterThan(150);
    expect(colourDistance(guessed.left, cropped.left)).toBeGreaterThan(40);
  });
});
