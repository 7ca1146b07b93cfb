/**
 * Whether an embedded ICC profile describes sRGB, read from the profile's own numbers (its
 * primaries and tone curves), not from its name: cameras and editors embed sRGB under many
 * names and sizes (HP's 3 KB "sRGB IEC61966-2.1", compact 480-byte ones, v4 ones). When it
 * is sRGB the pipeline skips the colour transform, which costs as much as the decode itself
 * at 24 MP; anything else (Adobe RGB, Display P3, a grey or CMYK profile, a LUT-based one we
 * do not evaluate) is converted, which is never wrong, only slower.
 */

/** sRGB's red, green and blue primaries as an ICC profile stores them (XYZ, adapted to D50). */
const SRGB_PRIMARIES_D50 = {
  rXYZ: [0.4361, 0.2225, 0.0139],
  gXYZ: [0.3851, 0.7169, 0.0971],
  bXYZ: [0.1431, 0.0606, 0.7141],
} as const;
/** s15Fixed16 rounding and the slightly different Bradford matrices profile makers used. */
const PRIMARY_TOLERANCE = 0.0035;
/** Largest difference from the sRGB curve, on a 0–1 scale: under half a step of 8-bit output. */
const CURVE_TOLERANCE = 0.0018;

export function isSrgbProfile(icc: Uint8Array): boolean {
  const profile = readTags(icc);
  if (!profile || profile.colourSpace !== 'RGB ' || profile.pcs !== 'XYZ ') return false;
  for (const [tag, expected] of Object.entries(SRGB_PRIMARIES_D50)) {
    const xyz = readXyz(icc, profile.tags.get(tag));
    if (!xyz || xyz.some((v, i) => Math.abs(v - expected[i]) > PRIMARY_TOLERANCE)) return false;
  }
  for (const tag of ['rTRC', 'gTRC', 'bTRC']) {
    const curve = readCurve(icc, profile.tags.get(tag));
    if (!curve || !followsSrgbCurve(curve)) return false;
  }
  return true;
}

/** The sRGB transfer function (IEC 61966-2-1): encoded value in, linear light out. */
export function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

function followsSrgbCurve(curve: (x: number) => number): boolean {
  for (let i = 0; i <= 64; i++) {
    const x = i / 64;
    if (Math.abs(curve(x) - srgbToLinear(x)) > CURVE_TOLERANCE) return false;
  }
  return true;
}

interface TagRef {
  offset: number;
  size: number;
}

function readTags(icc: Uint8Array): { colourSpace: string; pcs: string; tags: Map<string, TagRef> } | null {
  if (icc.length < 132 || ascii(icc, 36) !== 'acsp') return null;
  const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
  const count = view.getUint32(128);
  if (count > 1000 || 132 + count * 12 > icc.length) return null;
  const tags = new Map<string, TagRef>();
  for (let i = 0; i < count; i++) {
    const at = 132 + i * 12;
    const offset = view.getUint32(at + 4);
    const size = view.getUint32(at + 8);
    if (offset + size <= icc.length) tags.set(ascii(icc, at), { offset, size });
  }
  return { colourSpace: ascii(icc, 16), pcs: ascii(icc, 20), tags };
}

function readXyz(icc: Uint8Array, tag: TagRef | undefined): number[] | null {
  if (!tag || tag.size < 20 || ascii(icc, tag.offset) !== 'XYZ ') return null;
  const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
  return [0, 1, 2].map((i) => view.getInt32(tag.offset + 8 + i * 4) / 65536);
}

/** A tone curve ('curv' table or gamma, or 'para' function) as a function on 0–1. */
function readCurve(icc: Uint8Array, tag: TagRef | undefined): ((x: number) => number) | null {
  if (!tag || tag.size < 12) return null;
  const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
  const type = ascii(icc, tag.offset);
  if (type === 'curv') {
    const n = view.getUint32(tag.offset + 8);
    if (tag.size < 12 + n * 2) return null;
    if (n === 0) return (x) => x;
    if (n === 1) {
      const gamma = view.getUint16(tag.offset + 12) / 256;
      return (x) => x ** gamma;
    }
    const table = Array.from({ length: n }, (_, i) => view.getUint16(tag.offset + 12 + i * 2) / 65535);
    return (x) => {
      const at = x * (n - 1);
      const low = Math.floor(at);
      const high = Math.min(n - 1, low + 1);
      return table[low] + (table[high] - table[low]) * (at - low);
    };
  }
  if (type === 'para') {
    const kind = view.getUint16(tag.offset + 8);
    const counts = [1, 3, 4, 5, 7];
    if (kind >= counts.length || tag.size < 12 + counts[kind] * 4) return null;
    const p = Array.from({ length: counts[kind] }, (_, i) => view.getInt32(tag.offset + 12 + i * 4) / 65536);
    return parametricCurve(kind, p);
  }
  return null;
}

/** ICC.1 parametric curve types 0–4. */
function parametricCurve(kind: number, [g, a = 1, b = 0, c = 0, d = 0, e = 0, f = 0]: number[]): (x: number) => number {
  const pow = (v: number) => (v <= 0 ? 0 : v ** g);
  switch (kind) {
    case 0:
      return (x) => pow(x);
    case 1:
      return (x) => (x >= -b / a ? pow(a * x + b) : 0);
    case 2:
      return (x) => (x >= -b / a ? pow(a * x + b) + c : c);
    case 3:
      return (x) => (x >= d ? pow(a * x + b) : c * x);
    default:
      return (x) => (x >= d ? pow(a * x + b) + e : c * x + f);
  }
}

function ascii(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}
