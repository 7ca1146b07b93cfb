import sharp from 'sharp';
import { PHOTO_LIMITS } from './photo-limits';

/**
 * The editor's small copy of a photo, made from the master (already upright, sRGB, without
 * metadata), so that a preview remade later from the draft is the same as the first one.
 * Decoding a 2560-px master with shrink-on-load costs a few milliseconds.
 */
export async function previewFromMaster(master: Buffer): Promise<Buffer> {
  return sharp(master, { failOn: 'error' })
    .resize({
      width: PHOTO_LIMITS.previewLongEdge,
      height: PHOTO_LIMITS.previewLongEdge,
      fit: 'inside',
      withoutEnlargement: true,
    })
    .jpeg({ quality: PHOTO_LIMITS.previewQuality })
    .toBuffer();
}
