/**
 * The main photo's thumbnail crop: a rectangle in fractions of the shown photo (0..1 on each
 * axis), so it survives any master size. Pure decisions shared by the window, the export and the
 * command line.
 */

export interface CropFractions {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

/**
 * The largest rectangle of the thumbnail's aspect (aspectWidth / aspectHeight) that fits a photo
 * of photoWidth × photoHeight pixels, centred, in fractions of the photo.
 */
export function fitAspect(
  photoWidth: number,
  photoHeight: number,
  aspectWidth: number,
  aspectHeight: number,
): CropFractions {
  const photoAspect = photoWidth / photoHeight;
  const aspect = aspectWidth / aspectHeight;
  if (photoAspect > aspect) {
    const width = aspect / photoAspect;
    return { x: (1 - width) / 2, y: 0, width, height: 1 };
  }
  const height = photoAspect / aspect;
  return { x: 0, y: (1 - height) / 2, width: 1, height };
}

/** Keeps the rectangle inside the photo: size at most the whole photo, moved back inside. */
export function clampCrop(crop: CropFractions): CropFractions {
  const width = Math.max(0, Math.min(1, clamp01(crop.width)));
  const height = Math.max(0, Math.min(1, clamp01(crop.height)));
  const x = Math.min(Math.max(0, Number.isFinite(crop.x) ? crop.x : 0), 1 - width);
  const y = Math.min(Math.max(0, Number.isFinite(crop.y) ? crop.y : 0), 1 - height);
  return { x, y, width, height };
}

/** Fractions to whole pixels of a photo of the given size, always inside it and at least 1 px. */
export function cropToPixels(crop: CropFractions, photoWidth: number, photoHeight: number): PixelRect {
  const c = clampCrop(crop);
  const left = Math.min(photoWidth - 1, Math.round(c.x * photoWidth));
  const top = Math.min(photoHeight - 1, Math.round(c.y * photoHeight));
  const width = Math.max(1, Math.min(photoWidth - left, Math.round(c.width * photoWidth)));
  const height = Math.max(1, Math.min(photoHeight - top, Math.round(c.height * photoHeight)));
  return { left, top, width, height };
}

/** Pixels of a photo of the given size to fractions of it. */
export function pixelsToCrop(rect: PixelRect, photoWidth: number, photoHeight: number): CropFractions {
  return clampCrop({
    x: rect.left / photoWidth,
    y: rect.top / photoHeight,
    width: rect.width / photoWidth,
    height: rect.height / photoHeight,
  });
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The size a photo is scaled to before a thumbnail of `thumbnail` is cut from it ("cover"): the
 * smallest that covers the thumbnail on both axes, in whole pixels, never smaller than it.
 */
export function coverSize(photo: Size, thumbnail: Size): Size {
  const scale = Math.max(thumbnail.width / photo.width, thumbnail.height / photo.height);
  return {
    width: Math.max(thumbnail.width, Math.round(photo.width * scale)),
    height: Math.max(thumbnail.height, Math.round(photo.height * scale)),
  };
}

/**
 * Where sharp's attention crop cut a thumbnail, in fractions of the photo. sharp resizes the photo
 * to `scaled` (the cover size), cuts `thumbnail` out of it and reports the cut's place as
 * `cropOffsetLeft` / `cropOffsetTop` (negative: the image's offset from the output's corner).
 */
export function cropFromAttention(offset: { left: number; top: number }, scaled: Size, thumbnail: Size): CropFractions {
  const left = Math.abs(Number.isFinite(offset.left) ? offset.left : 0);
  const top = Math.abs(Number.isFinite(offset.top) ? offset.top : 0);
  return clampCrop({
    x: left / scaled.width,
    y: top / scaled.height,
    width: Math.min(1, thumbnail.width / scaled.width),
    height: Math.min(1, thumbnail.height / scaled.height),
  });
}
