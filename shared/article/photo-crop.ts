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

/**
 * Editing the frame in the Ảnh tab. The frame keeps the thumbnail's aspect on the photo's pixels
 * (`aspect` = thumbnail width / height) and never leaves the photo; the smallest frame is
 * `minWidth` of the photo's width (so the thumbnail is not blown up from a few pixels).
 */
export interface FrameBounds {
  photo: Size;
  aspect: number;
  minWidth: number;
}

/** The frame's height in fractions for a width in fractions, at the thumbnail's aspect. */
export function heightForWidth(width: number, bounds: FrameBounds): number {
  return (width * bounds.photo.width) / (bounds.aspect * bounds.photo.height);
}

/** The widest frame of the aspect that fits the photo (fitAspect's width). */
function widestFrame(bounds: FrameBounds): number {
  return Math.min(1, (bounds.aspect * bounds.photo.height) / bounds.photo.width);
}

/** The smallest frame a photo allows: minWidth, never more than the widest one. */
export function smallestFrame(bounds: FrameBounds): number {
  return Math.min(widestFrame(bounds), bounds.minWidth);
}

/** The frame moved by (dx, dy) fractions, stopped at the photo's edges. */
export function moveCrop(crop: CropFractions, dx: number, dy: number): CropFractions {
  return clampCrop({ ...crop, x: crop.x + dx, y: crop.y + dy });
}

/**
 * The frame resized to `width` from its top-left corner (the bottom-right handle), at the
 * aspect, as large as fits to the right of and below that corner and no smaller than allowed.
 */
export function resizeCropFromCorner(crop: CropFractions, width: number, bounds: FrameBounds): CropFractions {
  const fitsRight = 1 - crop.x;
  const fitsBelow = ((1 - crop.y) * bounds.aspect * bounds.photo.height) / bounds.photo.width;
  const w = Math.max(smallestFrame(bounds), Math.min(width, fitsRight, fitsBelow, widestFrame(bounds)));
  return clampCrop({ x: crop.x, y: crop.y, width: w, height: heightForWidth(w, bounds) });
}

/** The frame scaled by `factor` about its centre (+ and − keys), at the aspect, kept inside the photo. */
export function scaleCrop(crop: CropFractions, factor: number, bounds: FrameBounds): CropFractions {
  const w = Math.max(smallestFrame(bounds), Math.min(widestFrame(bounds), crop.width * factor));
  const h = heightForWidth(w, bounds);
  return clampCrop({ x: crop.x + (crop.width - w) / 2, y: crop.y + (crop.height - h) / 2, width: w, height: h });
}
