import sharp, { type Sharp } from 'sharp';
import { cropToPixels, type CropFractions } from '../../../shared/article/photo-crop';
import type { Rendition } from '../../../shared/export/renditions';
import { attentionCrop } from '../photos/attention-crop';

/**
 * The photos of the package, made from the masters with sharp: each master is decoded once,
 * shrunk to the largest size anything needs, and every rendition is cut from those pixels.
 * JPEGs are progressive mozjpeg, sRGB, with no metadata at all (sharp copies none unless
 * asked: no EXIF, no GPS position of the camera).
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
  const widest = Math.min(master.width, Math.max(1, ...job.jpeg.map((r) => r.width), ...job.webp.map((r) => r.width), ...mainWidths(job)));
  const decoded = await sharp(master.bytes)
    .autoOrient()
    .resize({ width: widest, withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels: Pixels = { data: decoded.data, width: decoded.info.width, height: decoded.info.height, channels: decoded.info.channels };

  const jpeg = await Promise.all(job.jpeg.map((r) => encodeJpeg(resized(pixels, r.width, r.height), options.quality)));
  const webp = await Promise.all(job.webp.map((r) => resized(pixels, r.width, r.height).webp({ quality: options.quality }).toBuffer()));
  const out: PhotoOutput = { jpeg, webp };
  if (job.main) {
    const width = Math.min(job.main.width, pixels.width);
    const height = Math.max(1, Math.round((width * master.height) / master.width));
    out.main = { data: await encodeJpeg(resized(pixels, width, height), options.quality), width, height };
    const { width: tw, height: th } = job.main.thumbnail;
    const crop = job.main.crop ?? (await attentionCrop(() => fromPixels(pixels), pixels, job.main.thumbnail));
    // The frame keeps the thumbnail's aspect; 'cover' only trims the rounding (or a frame drawn for another profile's aspect).
    const thumb = fromPixels(pixels).extract(cropToPixels(crop, pixels.width, pixels.height)).resize({ width: tw, height: th, fit: 'cover' });
    out.thumbnail = { data: await encodeJpeg(thumb, options.quality), width: tw, height: th };
  }
  return out;
}

/** The widths the main photo and the thumbnail need of the decoded pixels. */
function mainWidths(job: PhotoJob): number[] {
  if (!job.main) return [];
  const { master } = job;
  const { width: tw, height: th } = job.main.thumbnail;
  // The frame is a part of the photo: decode wide enough that the part still covers the thumbnail.
  const part = job.main.crop ?? { width: 1, height: 1 };
  const coverScale = Math.max(tw / (master.width * part.width), th / (master.height * part.height));
  return [job.main.width, Math.ceil(master.width * coverScale)];
}

function fromPixels(p: Pixels): Sharp {
  return sharp(p.data, { raw: { width: p.width, height: p.height, channels: p.channels } });
}

function resized(p: Pixels, width: number, height: number): Sharp {
  const image = fromPixels(p);
  return width === p.width && height === p.height ? image : image.resize({ width, height, fit: 'fill' });
}

function encodeJpeg(image: Sharp, quality: number): Promise<Buffer> {
  return image.jpeg({ quality, mozjpeg: true, progressive: true, chromaSubsampling: '4:2:0' }).toBuffer();
}
