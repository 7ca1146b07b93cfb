/**
 * What kind of file a photo is, from its first bytes, before any decoder sees it. The name
 * is not trusted (a text file renamed .jpg, a PNG saved as .jpg by a phone), and a file that
 * is not a photo we take (SVG with its scripts, PDF, GIF) never reaches libvips at all.
 */

/** Bytes to read from the start of a file: enough for every signature below, an SVG's prologue included. */
export const SNIFF_BYTES = 4096;

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'tiff' | 'avif' | 'heic';
export type OtherImageFormat = 'gif' | 'svg' | 'bmp' | 'psd' | 'jxl' | 'jp2' | 'ico';
export type SniffedFormat = PhotoFormat | OtherImageFormat;

/** The formats imported as photos (HEIC only where the decoder can; see import-photo). */
export const PHOTO_FORMATS: readonly PhotoFormat[] = ['jpeg', 'png', 'webp', 'tiff', 'avif', 'heic'];

export function isPhotoFormat(format: SniffedFormat | null): format is PhotoFormat {
  return format !== null && (PHOTO_FORMATS as readonly string[]).includes(format);
}

/** The image format the bytes start with, or null when they are not an image we know. */
export function sniffFormat(head: Uint8Array): SniffedFormat | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  const tiff = ascii(head, 0, 4);
  if (tiff === 'II*\0' || tiff === 'MM\0*' || tiff === 'II+\0' || tiff === 'MM\0+') return 'tiff';
  if (ascii(head, 4, 8) === 'ftyp') return isoMediaFormat(head);
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 4) === '8BPS') return 'psd';
  if (startsWith(head, [0xff, 0x0a]) || startsWith(head, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20])) return 'jxl';
  if (startsWith(head, [0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20]) || startsWith(head, [0xff, 0x4f, 0xff, 0x51])) return 'jp2';
  // BMP: "BM", then a file size, then reserved zeros and a pixel offset; checking the
  // reserved bytes keeps a text file that starts with "BM" from passing as one.
  if (ascii(head, 0, 2) === 'BM' && head.length >= 14 && head[6] === 0 && head[7] === 0 && head[8] === 0 && head[9] === 0) return 'bmp';
  if (startsWith(head, [0, 0, 1, 0]) && head.length >= 6 && head[4] + head[5] > 0) return 'ico';
  if (looksLikeSvg(head)) return 'svg';
  return null;
}

/** HEIF-family files (ISO base media): the brands in the ftyp box say AVIF or HEIC. */
function isoMediaFormat(head: Uint8Array): SniffedFormat | null {
  const boxSize = readUint32(head, 0);
  const end = Math.min(head.length, boxSize >= 16 ? boxSize : 16);
  const brands = [ascii(head, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(head, at, at + 4));
  if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
  if (brands.some((b) => HEIC_BRANDS.has(b))) return 'heic';
  return null; // an MP4 or MOV video, not a photo
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);

/** An SVG is XML whose root is <svg>: after a BOM, blanks, an XML declaration, comments or a doctype. */
function looksLikeSvg(head: Uint8Array): boolean {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, SNIFF_BYTES));
  text = text.replace(/^\uFEFF/, '');
  for (;;) {
    const trimmed = text.replace(/^\s+/, '');
    const prologue = /^(<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)/i.exec(trimmed);
    if (!prologue) return /^<svg[\s>:]/i.test(trimmed) || /^<[a-z]+:svg[\s>]/i.test(trimmed);
    text = trimmed.slice(prologue[0].length);
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  if (bytes.length < to) return '';
  return String.fromCharCode(...bytes.subarray(from, to));
}

function readUint32(bytes: Uint8Array, at: number): number {
  if (bytes.length < at + 4) return 0;
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}
