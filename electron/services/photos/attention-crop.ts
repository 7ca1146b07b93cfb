import sharp, { type Sharp } from 'sharp';
import { coverSize, cropFromAttention, type CropFractions, type Size } from '../../../shared/article/photo-crop';
import { AppError } from '../../../shared/ipc/errors';

/**
 * sharp's attention crop (the part of the photo with the most skin, saturated colour and detail,
 * libvips' smartcrop) for a thumbnail of the given size, as a frame in fractions of the photo:
 * the first guess the Ảnh tab shows, and the thumbnail the export cuts when the officer set none.
 *
 * The photo is first scaled to exactly its cover size, so that the offsets sharp reports are in
 * pixels of a size we know (sharp's own cover rounding could differ by one).
 */
export async function attentionCrop(image: () => Sharp, shown: Size, thumbnail: Size): Promise<CropFractions> {
  const scaled = coverSize(shown, thumbnail);
  const cover = await image().resize(scaled.width, scaled.height, { fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
  const { info } = await sharp(cover.data, { raw: { width: cover.info.width, height: cover.info.height, channels: cover.info.channels } })
    .resize(thumbnail.width, thumbnail.height, { fit: 'cover', position: sharp.strategy.attention })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return cropFromAttention({ left: info.cropOffsetLeft ?? 0, top: info.cropOffsetTop ?? 0 }, scaled, thumbnail);
}

/** The attention crop of a master (the draft's JPEG), upright as the page shows it. */
export async function attentionCropOfMaster(master: Buffer, thumbnail: Size): Promise<CropFractions> {
  let shown: Size;
  try {
    const meta = await sharp(master).metadata();
    shown = meta.autoOrient ?? { width: meta.width, height: meta.height };
  } catch {
    throw new AppError('photo-damaged', 'the master cannot be read');
  }
  if (!(shown.width > 0 && shown.height > 0)) throw new AppError('photo-damaged', 'the master has no size');
  return attentionCrop(() => sharp(master).autoOrient(), shown, thumbnail);
}
