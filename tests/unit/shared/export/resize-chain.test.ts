import { describe, expect, it } from 'vitest';
import { coverWidth, resizeChain } from '../../../../shared/export/resize-chain';

const landscape = { width: 2560, height: 1707 };
const portrait = { width: 1707, height: 2560 };
const thumbnail = { width: 400, height: 300 };

describe('the sizes of a photo, made from one decode of its master', () => {
  it('decodes the widest size from the master and resizes every other from the one above it', () => {
    const chain = resizeChain(landscape, [480, 1600, 1024], thumbnail);
    expect(chain.steps).toEqual([
      { width: 1600, height: 1067, from: null },
      { width: 1024, height: 683, from: 1600 },
      { width: 480, height: 320, from: 1024 },
    ]);
  });

  it('makes each width once, the main photo’s among the renditions’', () => {
    const chain = resizeChain(landscape, [480, 800, 1200, 800], thumbnail);
    expect(chain.steps.map((s) => s.width)).toEqual([1200, 800, 480]);
  });

  it('cuts the thumbnail from the smallest size that covers it without enlarging', () => {
    // A 4:3 thumbnail of a 3:2 landscape needs the photo 450 px wide: 480 will do.
    expect(coverWidth(landscape, thumbnail)).toBe(450);
    expect(resizeChain(landscape, [480, 1024, 1600], thumbnail).thumbnailFrom).toBe(480);
    // A portrait must be 400 px wide (600 tall) for it: 480 still covers it.
    expect(coverWidth(portrait, thumbnail)).toBe(400);
    expect(resizeChain(portrait, [480, 1024, 1600], thumbnail).thumbnailFrom).toBe(480);
    // With a 640×480 thumbnail 480 px is too narrow: the next size up.
    expect(resizeChain(landscape, [480, 1024, 1600], { width: 640, height: 480 }).thumbnailFrom).toBe(1024);
  });

  it('with the officer’s frame, cuts it from a size at which the frame still covers the thumbnail', () => {
    // The left half of a 3:2 landscape (4:3 frame, the photo’s full height) must be 400 px wide: the photo 800.
    const frame = { width: 0.5, height: 1 };
    expect(coverWidth(landscape, { ...thumbnail, part: frame })).toBe(800);
    expect(resizeChain(landscape, [480, 1024, 1600], { ...thumbnail, part: frame }).thumbnailFrom).toBe(1024);
    // A small frame, a quarter of the width: the photo must be 1600 px wide.
    expect(resizeChain(landscape, [480, 1024, 1600], { ...thumbnail, part: { width: 0.25, height: 0.5 } }).thumbnailFrom).toBe(1600);
  });

  it('adds a size for a thumbnail wider than every rendition, never wider than the master', () => {
    const chain = resizeChain(landscape, [200, 300], thumbnail);
    expect(chain.steps.map((s) => [s.width, s.from])).toEqual([
      [450, null],
      [300, 450],
      [200, 300],
    ]);
    expect(chain.thumbnailFrom).toBe(450);

    const small = { width: 300, height: 200 };
    const tiny = resizeChain(small, [480, 1024], thumbnail);
    expect(tiny.steps).toEqual([{ width: 300, height: 200, from: null }]);
    expect(tiny.thumbnailFrom).toBe(300);
  });

  it('never enlarges: widths above the master are the master’s own', () => {
    const chain = resizeChain({ width: 1000, height: 1500 }, [480, 1024, 1600]);
    expect(chain.steps.map((s) => [s.width, s.height])).toEqual([
      [1000, 1500],
      [480, 720],
    ]);
    expect(chain.thumbnailFrom).toBeNull();
  });
});
