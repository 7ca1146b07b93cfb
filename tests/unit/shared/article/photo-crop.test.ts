import { describe, expect, it } from 'vitest';
import { clampCrop, cropToPixels, fitAspect, pixelsToCrop } from '../../../../shared/article/photo-crop';

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
