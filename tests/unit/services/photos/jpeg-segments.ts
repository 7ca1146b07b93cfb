/**
 * The marker segments of a JPEG before its image data, as a decoder walks them: where EXIF
 * (APP1 "Exif"), XMP (APP1 "http://ns.adobe.com/xap/"), ICC (APP2 "ICC_PROFILE"), MPF
 * (APP2 "MPF"), IPTC/Photoshop (APP13), Adobe (APP14), maker data (other APPn) and comments
 * (COM) live. For the tests' proof that a master carries none of them.
 */
export interface JpegSegment {
  marker: number;
  /** APPn segments are named by the text that opens them ("JFIF", "Exif", "ICC_PROFILE"…). */
  label: string;
  length: number;
}

export function jpegSegments(bytes: Uint8Array): JpegSegment[] {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  const segments: JpegSegment[] = [];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(`no marker at ${at}`);
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    const body = bytes.subarray(at + 4, at + 2 + length);
    const app = marker >= 0xe0 && marker <= 0xef;
    const label = app ? String.fromCharCode(...body.subarray(0, 32)).split('\0')[0] : '';
    segments.push({ marker, label, length });
    if (marker === 0xda) break; // start of scan: image data follows
    at += 2 + length;
  }
  return segments;
}

export const isAppSegment = (s: JpegSegment) => s.marker >= 0xe0 && s.marker <= 0xef;
export const COMMENT_MARKER = 0xfe;
