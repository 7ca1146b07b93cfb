import sharp, { type Sharp } from 'sharp';
import { cropToPixels, type CropFractions } from '../../../shared/article/photo-crop';
import { scaledHeight, type Rendition } from '../../../shared/export/renditions';
import { resizeChain } from '../../../shared/export/resize-chain';
import { attentionCrop } from '../photos/attention-crop';

/**
 * The photos of the package, made from the masters with sharp: each master is decoded once, at
 * the largest size anything needs, and every smaller size is resized from the one above it
 * (shared/export/resize-chain.ts); the sizes are encoded as soon as their pixels are there.
 * JPEGs are baseline, sRGB, with no metadata at all (sharp copies none unless asked: no
 * EXIF, no GPS position of the camera).
 */

export interface Master {
  bytes: Buffer;
  /** The pixels as shown (EXIF orientation applied). */
  width: number;
  height: number;
}

/** The master's shown size, or null when sharp cannot read it as an image. */
export async function readMaster(bytes: Buffer): Promise<Master | null> {
  try {
    const meta = await sharp(bytes).metadata();
    const { width, height } = meta.autoOrient ?? meta;
    return width > 0 && height > 0 ? { bytes, width, height } : null;
  } catch {
    return null;
  }
}

export interface EncodeOptions {
  quality: number;
}

export interface ThumbnailSize {
  width: number;
  height: number;
}

export interface PhotoJob {
  master: Master;
  jpeg: readonly Rendition[];
  webp: readonly Rendition[];
  /**
   * Also the main photo this wide and its thumbnail, cut from `crop` (fractions of the photo the
   * officer framed in the Ảnh tab) or, without one, where sharp's attention crop puts it.
   */
  main?: { width: number; thumbnail: ThumbnailSize; crop?: CropFractions };
}

export interface PhotoOutput {
  jpeg: Buffer[];
  webp: Buffer[];
  main?: { data: Buffer; width: number; height: number };
  thumbnail?: { data: Buffer; width: number; height: number };
}

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

export async function makePhoto(job: PhotoJob, options: EncodeOptions): Promise<PhotoOutput> {
  const { master } = job;
  const mainWidth = job.main ? Math.min(job.main.width, master.width) : null;
  const chain = resizeChain(
    master,
    [...job.jpeg.map((r) => r.width), ...job.webp.map((r) => r.width), ...(mainWidth === null ? [] : [mainWidth])],
    job.main ? { ...job.main.thumbnail, part: job.main.crop } : undefined,
  );

  // One decode of the master at the widest size; each smaller size from the one above it.
  const sizes = new Map<number, Promise<Pixels>>();
  for (const step of chain.steps) {
    const source = step.from === null ? decodeMaster(master, step.width, step.height) : sizes.get(step.from)!.then((p) => toPixels(resized(p, step.width, step.height)));
    sizes.set(step.width, source);
  }
  const at = (width: number) => sizes.get(Math.max(1, Math.min(master.width, width)))!;
  const sized = async (r: { width: number; height: number }) => resized(await at(r.width), r.width, r.height);

  const jpegs = job.jpeg.map(async (r) => encodeJpeg(await sized(r), options.quality));
  const webps = job.webp.map(async (r) => (await sized(r)).webp({ quality: options.quality }).toBuffer());
  let main: Promise<PhotoOutput['main']> | undefined;
  let thumbnail: Promise<PhotoOutput['thumbnail']> | undefined;
  if (job.main && mainWidth !== null) {
    const width = mainWidth;
    const height = scaledHeight(width, master.width, master.height);
    // The same pixels at the same quality as a rendition of that width: the same bytes, encoded once.
    const same = job.jpeg.findIndex((r) => r.width === width && r.height === height);
    main = (same >= 0 ? jpegs[same] : sized({ width, height }).then((image) => encodeJpeg(image, options.quality))).then((data) => ({ data, width, height }));
    const { thumbnail: size, crop } = job.main;
    thumbnail = at(chain.thumbnailFrom!).then(async (p) => {
      const frame = crop ?? (await attentionCrop(() => fromPixels(p), p, size));
      // The frame keeps the thumbnail's aspect; 'cover' only trims the rounding (or a frame drawn for another profile's aspect).
      const thumb = fromPixels(p).extract(cropToPixels(frame, p.width, p.height)).resize({ width: size.width, height: size.height, fit: 'cover' });
      return { data: await encodeJpeg(thumb, options.quality), width: size.width, height: size.height };
    });
  }
  const [jpeg, webp, mainOut, thumbnailOut] = await Promise.all([Promise.all(jpegs), Promise.all(webps), main, thumbnail]);
  const out: PhotoOutput = { jpeg, webp };
  if (mainOut) out.main = mainOut;
  if (thumbnailOut) out.thumbnail = thumbnailOut;
  return out;
}

/** The master's pixels as shown (upright, sRGB, no alpha), `width` × `height`: the one decode. */
function decodeMaster(master: Master, width: number, height: number): Promise<Pixels> {
  return toPixels(
    sharp(master.bytes)
      .autoOrient()
      // Straight from the file, so libjpeg decodes at 1/2, 1/4 or 1/8 scale when the factor allows.
      .resize({ width, height, fit: 'fill' })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb'),
  );
}

async function toPixels(image: Sharp): Promise<Pixels> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

function fromPixels(p: Pixels): Sharp {
  return sharp(p.data, { raw: { width: p.width, height: p.height, channels: p.channels } });
}

function resized(p: Pixels, width: number, height: number): Sharp {
  const image = fromPixels(p);
  return width === p.width && height === p.height ? image : image.resize({ width, height, fit: 'fill' });
}

/**
 * Baseline (not progressive), sRGB, 4:2:0, optimised Huffman tables, with mozjpeg's quantisation
 * tables (table 3, the ones `mozjpeg: true` picks) but libjpeg-turbo's plain coder: no trellis
 * quantisation and no scan search, which made every encode about five times slower for files
 * about a fifth smaller. Progressive coding took four times a baseline encode (101 ms against
 * 27 ms for a 1600 × 2400 rendition) for the same pixels and files no smaller on camera photos
 * (docs/benchmarks.md, Photos).
 */
export const RENDITION_JPEG = { progressive: false, optimiseCoding: true, quantisationTable: 3, chromaSubsampling: '4:2:0' } as const;

function encodeJpeg(image: Sharp, quality: number): Promise<Buffer> {
  return image.jpeg({ quality, ...RENDITION_JPEG }).toBuffer();
}
