import { createHash } from 'node:crypto';
import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { photoError } from './photo-errors';
import { FLATTEN_BACKGROUND, PHOTO_LIMITS } from './photo-limits';
import { photoFailure } from './sharp-failure';
import { isCameraRawName } from './camera-raw';
import { previewFromMaster } from './preview';
import { readPhotoSource, type PhotoInput, type PhotoSource } from './photo-source';
import { isPhotoFormat, sniffFormat, type PhotoFormat } from './sniff-format';
import { isSrgbProfile } from './srgb-profile';
import { useOneThreadPerPhoto } from './sharp-threads';

export type { PhotoInput } from './photo-source';

/** A photo ready to go into a draft. */
export interface ImportedPhoto {
  /** sha256 (hex) of the master's bytes: its name in the draft, `media/<hash>.jpg`. */
  hash: string;
  /** JPEG, upright, sRGB, long edge ≤ 2560, no metadata block at all (no EXIF, XMP, IPTC, ICC). */
  master: Buffer;
  /** A small JPEG of the master for the editor. */
  preview: Buffer;
  /** Of the master, after orientation. */
  width: number;
  height: number;
  originalName: string;
  sourceBytes: number;
}

export interface ImportPhotoOptions {
  /** Lower limits, for tests and callers with tighter needs; the defaults are PHOTO_LIMITS. */
  inputPixels?: number;
  sourceBytes?: number;
}

/**
 * Turns a camera file (or pasted bytes) into a master and a preview. Reads the source and
 * writes nothing anywhere: storing the master in the draft and the preview in the cache is
 * the caller's step, so a refused photo leaves every file as it was.
 *
 * One decode feeds the master: libvips decodes, auto-orients by EXIF, converts to sRGB
 * (skipped when the embedded profile already is sRGB, which halves the time of a typical
 * camera JPEG), flattens transparency on white, resizes and encodes. The output carries no
 * metadata block: sharp writes none unless asked, and we never ask. No ICC profile either:
 * an untagged JPEG is sRGB to every browser and to the portal, and one block fewer is one
 * place fewer for anything to hide.
 */
export async function importPhoto(input: PhotoInput, options: ImportPhotoOptions = {}): Promise<ImportedPhoto> {
  useOneThreadPerPhoto();
  const inputPixels = options.inputPixels ?? PHOTO_LIMITS.inputPixels;
  const source = await readPhotoSource(input, options.sourceBytes ?? PHOTO_LIMITS.sourceBytes);
  const format = await acceptedFormat(source);
  const metadata = await readMetadata(source, format);
  checkStill(metadata);
  if (metadata.width * metadata.height > inputPixels) {
    throw photoError('photo-too-many-pixels', `${metadata.width}×${metadata.height}`);
  }

  const { data: master, info } = await makeMaster(source, format, metadata, inputPixels);
  return {
    hash: createHash('sha256').update(master).digest('hex'),
    master,
    preview: await previewFromMaster(master),
    width: info.width,
    height: info.height,
    originalName: source.name,
    sourceBytes: source.size,
  };
}

/** The source's format when it is one we take; otherwise the reason, from its first bytes. */
async function acceptedFormat(source: PhotoSource): Promise<PhotoFormat> {
  const format = sniffFormat(source.head);
  if (isPhotoFormat(format) && !(format === 'tiff' && isCameraRawName(source.name))) return format;
  if (isCameraRawName(source.name)) throw photoError('photo-camera-raw', source.name);
  if (format === null) throw photoError('photo-not-an-image');
  if (format === 'gif' && (await isAnimatedGif(source))) throw photoError('photo-animated', 'gif');
  throw photoError('photo-unsupported-format', format);
}

async function isAnimatedGif(source: PhotoSource): Promise<boolean> {
  try {
    return ((await sharp(source.sharpInput, { failOn: 'none' }).metadata()).pages ?? 1) > 1;
  } catch {
    return false; // a broken GIF: unsupported either way
  }
}

/** libvips' name for each format, as metadata() reports it. */
const LOADER: Record<PhotoFormat, Metadata['format']> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  tiff: 'tiff',
  avif: 'heif',
  heic: 'heif',
};

/** The header, read without decoding pixels; it must agree with the signature we saw. */
async function readMetadata(source: PhotoSource, format: PhotoFormat): Promise<Metadata> {
  let metadata: Metadata;
  try {
    metadata = await sharp(source.sharpInput, { failOn: 'error', limitInputPixels: false }).metadata();
  } catch (error) {
    throw photoFailure(error, format);
  }
  if (metadata.format !== LOADER[format] || !(metadata.width > 0) || !(metadata.height > 0)) {
    throw photoFailure(new Error(`header says ${metadata.format} ${metadata.width}×${metadata.height}`), format);
  }
  return metadata;
}

/** Several frames of the same size are an animation; a multi-page TIFF (a scan) gives its first page. */
function checkStill(metadata: Metadata): void {
  const animatable = metadata.format === 'webp' || metadata.format === 'heif';
  if (animatable && (metadata.pages ?? 1) > 1 && (metadata.loop !== undefined || metadata.delay !== undefined)) {
    throw photoError('photo-animated', metadata.format);
  }
}

async function makeMaster(source: PhotoSource, format: PhotoFormat, metadata: Metadata, inputPixels: number) {
  const options: SharpOptions = {
    failOn: 'error',
    limitInputPixels: inputPixels,
    autoOrient: true,
    // The transform from an sRGB profile to sRGB changes nothing but costs a full-size pass.
    ignoreIcc: metadata.icc !== undefined && isSrgbProfile(metadata.icc),
  };
  try {
    return await sharp(source.sharpInput, options)
      .timeout({ seconds: PHOTO_LIMITS.timeoutSeconds })
      .resize({
        width: PHOTO_LIMITS.masterLongEdge,
        height: PHOTO_LIMITS.masterLongEdge,
        fit: 'inside',
        withoutEnlargement: true,
        fastShrinkOnLoad: true,
      })
      .flatten({ background: FLATTEN_BACKGROUND })
      // CMYK, grey, 16-bit and profiled images all end as 8-bit, 3-channel sRGB.
      .toColourspace('srgb')
      // No Huffman optimisation: it costs a second pass over the coefficients, about 45 ms
      // of a 300-ms import at 24 MP, for masters 7% smaller. The master stays inside the
      // draft; every published rendition is encoded again from it, optimised there.
      .jpeg({ quality: PHOTO_LIMITS.masterQuality, optimiseCoding: false })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw photoFailure(error, format);
  }
}
