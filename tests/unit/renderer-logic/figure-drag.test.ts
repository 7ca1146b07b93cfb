import { describe, expect, it } from 'vitest';
import { dropLineY, dropSlot } from '../../../renderer/src/editor/figure/figure-drag';

/** A body of four blocks: a paragraph, the figure (index 1), two paragraphs. */
const blocks = [
  { top: 0, bottom: 40 },
  { top: 50, bottom: 350 },
  { top: 360, bottom: 400 },
  { top: 410, bottom: 450 },
];

describe('where a dragged figure lands', () => {
  it('in the gap nearest the pointer, by the middles of the blocks', () => {
    expect(dropSlot(blocks, 10, 1)).toBe(0);
    expect(dropSlot(blocks, 420, 1)).toBe(3);
    expect(dropSlot(blocks, 440, 1)).toBe(4);
    expect(dropSlot(blocks, 900, 1)).toBe(4);
  });
  it('nowhere when it would land where it stands: just above or just below itself', () => {
    expect(dropSlot(blocks, 30, 1)).toBeNull();
    expect(dropSlot(blocks, 200, 1)).toBeNull();
    expect(dropSlot(blocks, 370, 1)).toBeNull();
  });
  it('shows its line in the middle of the gap, above the first block or below the last', () => {
    expect(dropLineY(blocks, 3)).toBe(405);
    expect(dropLineY(blocks, 0)).toBe(-2);
    expect(dropLineY(blocks, 4)).toBe(452);
  });
});
