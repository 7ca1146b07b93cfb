import { describe, expect, it } from 'vitest';
import {
  clampCrop,
  coverSize,
  cropFromAttention,
  cropToPixels,
  fitAspect,
  moveCrop,
  pixelsToCrop,
  resizeCropFromCorner,
  scaleCrop,
  type FrameBounds,
} from '../../../../shared/article/photo-crop';

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

describe('editing the frame by hand', () => {
  // A 2560 × 1707 master and the portal's 4:3 thumbnail; the frame at least a fifth of the photo wide.
  const bounds: FrameBounds = { photo: { width: 2560, height: 1707 }, aspect: 4 / 3, minWidth: 0.2 };
  const aspectOnPhoto = (c: { width: number; height: number }) => (c.width * 2560) / (c.height * 1707);
  const inside = (c: { x: number; y: number; width: number; height: number }) =>
    c.x >= 0 && c.y >= 0 && c.x + c.width <= 1 + 1e-9 && c.y + c.height <= 1 + 1e-9;

  it('a drag moves the frame and stops it at the photo’s edge', () => {
    const start = { x: 0.2, y: 0.1, width: 0.4, height: heightOf(0.4) };
    expect(moveCrop(start, 0.1, 0.05)).toEqual({ ...start, x: 0.30000000000000004, y: 0.15000000000000002 });
    const pushed = moveCrop(start, -5, 5);
    expect(pushed.x).toBe(0);
    expect(pushed.y + pushed.height).toBeCloseTo(1);
    expect([pushed.width, pushed.height]).toEqual([start.width, start.height]);
  });

  it('the corner handle resizes at 4:3, no further than the photo’s right and bottom edges, no smaller than allowed', () => {
    const start = { x: 0.5, y: 0.2, width: 0.3, height: heightOf(0.3) };
    const bigger = resizeCropFromCorner(start, 0.45, bounds);
    expect(bigger.width).toBeCloseTo(0.45);
    expect(aspectOnPhoto(bigger)).toBeCloseTo(4 / 3);
    expect([bigger.x, bigger.y]).toEqual([0.5, 0.2]);
    const tooBig = resizeCropFromCorner(start, 3, bounds);
    expect(tooBig.x + tooBig.width).toBeCloseTo(1);
    expect(inside(tooBig)).toBe(true);
    expect(aspectOnPhoto(tooBig)).toBeCloseTo(4 / 3);
    expect(resizeCropFromCorner(start, 0.01, bounds).width).toBeCloseTo(0.2);
    // Low in the photo the bottom edge stops it first.
    const low = resizeCropFromCorner({ x: 0, y: 0.7, width: 0.2, height: heightOf(0.2) }, 1, bounds);
    expect(low.y + low.height).toBeCloseTo(1);
    expect(aspectOnPhoto(low)).toBeCloseTo(4 / 3);
  });

  it('+ and − scale about the centre, at 4:3, never past the widest frame that fits', () => {
    const start = { x: 0.3, y: 0.3, width: 0.4, height: heightOf(0.4) };
    const smaller = scaleCrop(start, 0.8, bounds);
    expect(smaller.width).toBeCloseTo(0.32);
    expect(smaller.x + smaller.width / 2).toBeCloseTo(0.5);
    expect(aspectOnPhoto(smaller)).toBeCloseTo(4 / 3);
    const widest = scaleCrop(start, 10, bounds);
    expect(widest).toEqual(clampCrop(widest));
    expect(widest.height).toBeCloseTo(1);
    expect(widest.width).toBeCloseTo(fitAspect(2560, 1707, 4, 3).width);
    expect(inside(widest)).toBe(true);
  });

  function heightOf(width: number) {
    return (width * 2560) / ((4 / 3) * 1707);
  }
});
