/**
 * A small, strict reader of EXIF (TIFF) blocks, for the tests: which tags each IFD holds and
 * the text or rational values of a few. sharp's metadata() hands out the raw block; it does
 * not decode GPS or serial numbers.
 */
export interface ExifTags {
  ifd0: Map<number, unknown>;
  exif: Map<number, unknown>;
  gps: Map<number, unknown>;
}

export const TAG = {
  make: 0x010f,
  model: 0x0110,
  orientation: 0x0112,
  artist: 0x013b,
  exifPointer: 0x8769,
  gpsPointer: 0x8825,
  bodySerialNumber: 0xa431,
  gpsLatitudeRef: 0x0001,
  gpsLatitude: 0x0002,
  gpsLongitude: 0x0004,
} as const;

/** Reads an EXIF block as sharp gives it ("Exif\0\0" then a TIFF header), or a bare TIFF header. */
export function readExif(block: Uint8Array): ExifTags {
  let start = 0;
  if (String.fromCharCode(...block.subarray(0, 4)) === 'Exif') start = 6;
  const view = new DataView(block.buffer, block.byteOffset + start, block.byteLength - start);
  const order = String.fromCharCode(view.getUint8(0), view.getUint8(1));
  if (order !== 'II' && order !== 'MM') throw new Error('not a TIFF header');
  const little = order === 'II';
  if (view.getUint16(2, little) !== 42) throw new Error('bad TIFF magic');
  const ifd0 = readIfd(view, view.getUint32(4, little), little);
  const pointer = (tags: Map<number, unknown>, tag: number) => {
    const at = tags.get(tag);
    return typeof at === 'number' ? readIfd(view, at, little) : new Map<number, unknown>();
  };
  return { ifd0, exif: pointer(ifd0, TAG.exifPointer), gps: pointer(ifd0, TAG.gpsPointer) };
}

const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

function readIfd(view: DataView, offset: number, little: boolean): Map<number, unknown> {
  const tags = new Map<number, unknown>();
  const count = view.getUint16(offset, little);
  for (let i = 0; i < count; i++) {
    const at = offset + 2 + i * 12;
    const tag = view.getUint16(at, little);
    const type = view.getUint16(at + 2, little);
    const n = view.getUint32(at + 4, little);
    const size = (TYPE_SIZES[type] ?? 1) * n;
    const valueAt = size <= 4 ? at + 8 : view.getUint32(at + 8, little);
    tags.set(tag, readValue(view, type, n, valueAt, little));
  }
  return tags;
}

function readValue(view: DataView, type: number, n: number, at: number, little: boolean): unknown {
  switch (type) {
    case 2: {
      let text = '';
      for (let i = 0; i < n; i++) {
        const c = view.getUint8(at + i);
        if (c === 0) break;
        text += String.fromCharCode(c);
      }
      return text;
    }
    case 3:
      return n === 1 ? view.getUint16(at, little) : Array.from({ length: n }, (_, i) => view.getUint16(at + i * 2, little));
    case 4:
      return n === 1 ? view.getUint32(at, little) : Array.from({ length: n }, (_, i) => view.getUint32(at + i * 4, little));
    case 5:
      return Array.from({ length: n }, (_, i) => `${view.getUint32(at + i * 8, little)}/${view.getUint32(at + i * 8 + 4, little)}`).join(' ');
    default:
      return null;
  }
}
