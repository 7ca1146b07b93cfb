import { describe, expect, it } from 'vitest';
import { clampCrop, coverSize, cropFromAttention, cropToPixels, fitAspect, pixelsToCrop } from '../../../../shared/article/photo-crop';

describe('photo crop math', () => {
  it('fits a 4:3 frame in a wide photo: full height, centred', () => {
    const c = fitAspect(1600, 900, 4, 3);
    expect(c.height).toBe(1);
    expect(c.width * 1600).toBeCloseTo(1200);
    expect(c.x).toBeCloseTo((1 - 1200 / 1600) / 2);
  });
  it('fits a 4:3 frame in a tall photo: full width', () => {
    const c = fitAspect(900, 1600, 4, 3);
    expect(c.width).toBe(1);
    expect(c.height * 1600).toBeCloseTo(675);
  });
  it('clamps a frame dragged past the edges back inside', () => {
    expect(clampCrop({ x: 0.9, y: -0.2, width: 0.5, height: 0.5 })).toEqual({ x: 0.5, y: 0, width: 0.5, height: 0.5 });
  });
  it('turns fractions into pixels inside the photo and back', () => {
    const px = cropToPixels({ x: 0, y: 0, width: 0.5, height: 1 }, 800, 600);
    expect(px).toEqual({ left: 0, top: 0, width: 400, height: 600 });
    expect(pixelsToCrop(px, 800, 600)).toEqual({ x: 0, y: 0, width: 0.5, height: 1 });
  });
});

describe('the attention crop in fractions', () => {
  it('scales a photo just enough to cover the 4:3 thumbnail', () => {
    expect(coverSize({ width: 1600, height: 900 }, { width: 400, height: 300 })).toEqual({ width: 533, height: 300 });
    expect(coverSize({ width: 1707, height: 2560 }, { width: 400, height: 300 })).toEqual({ width: 400, height: 600 });
    expect(coverSize({ width: 800, height: 600 }, { width: 400, height: 300 })).toEqual({ width: 400, height: 300 });
  });

  it('turns the offsets sharp reports into the frame on the photo: a cut at the right of a wide photo', () => {
    // sharp: cropOffsetLeft -133 of a 533 × 300 cover of a 1600 × 900 photo.
    const crop = cropFromAttention({ left: -133, top: 0 }, { width: 533, height: 300 }, { width: 400, height: 300 });
    expect(crop.x).toBeCloseTo(133 / 533);
    expect(crop.y).toBe(0);
    expect(crop.width).toBeCloseTo(400 / 533);
    expect(crop.height).toBe(1);
    // On the photo: a 4:3 frame the full height, flush with the right edge (to the pixel sharp's rounding allows).
    const px = cropToPixels(crop, 1600, 900);
    expect(px.left + px.width).toBe(1600);
    expect(px.height).toBe(900);
    expect(Math.abs(px.width - 1200)).toBeLessThanOrEqual(1);
  });

  it('a cut low in a tall photo, and one at the corner', () => {
    const low = cropFromAttention({ left: 0, top: -300 }, { width: 400, height: 600 }, { width: 400, height: 300 });
    expect(low).toEqual({ x: 0, y: 0.5, width: 1, height: 0.5 });
    expect(cropFromAttention({ left: 0, top: 0 }, { width: 400, height: 300 }, { width: 400, height: 300 })).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });

  it('never gives a frame outside the photo, whatever the offsets say', () => {
    const crop = cropFromAttention({ left: -900, top: Number.NaN }, { width: 533, height: 300 }, { width: 400, height: 300 });
    expect(crop.x + crop.width).toBeLessThanOrEqual(1);
    expect(crop.y).toBe(0);
  });
});
