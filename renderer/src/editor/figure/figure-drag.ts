/** The drag data a figure's handle carries: the figure's node key, for a drop in the same body. */
export const FIGURE_DRAG_TYPE = 'application/x-soantin-figure';

/** A top-level block of the body as the drag sees it: its top and bottom on the screen. */
export interface BlockBox {
  top: number;
  bottom: number;
}

/**
 * Where a figure dragged to height `y` would land: before block `slot` (blocks.length: after
 * the last), the gap nearest the pointer, decided by the middles of the blocks. Null when it
 * would land where it stands (just before or after itself), so the drop changes nothing.
 */
export function dropSlot(blocks: readonly BlockBox[], y: number, figureIndex: number): number | null {
  let slot = blocks.length;
  for (let i = 0; i < blocks.length; i += 1) {
    const box = blocks[i]!;
    if (y < (box.top + box.bottom) / 2) {
      slot = i;
      break;
    }
  }
  return slot === figureIndex || slot === figureIndex + 1 ? null : slot;
}

/** The height of the line shown for a slot: the gap between the blocks around it. */
export function dropLineY(blocks: readonly BlockBox[], slot: number): number {
  const before = blocks[slot - 1];
  const after = blocks[slot];
  if (before && after) return (before.bottom + after.top) / 2;
  if (after) return after.top - 2;
  return (before?.bottom ?? 0) + 2;
}
