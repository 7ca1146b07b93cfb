/**
 * How far a web rendition is from a reference of the same size, in the two numbers image people
 * quote: PSNR (dB, of the RGB values) and SSIM (of the luma, mean over 8×8 windows every 4 px, the
 * constants of Wang et al. 2004). Pure: raw 8-bit pixels in, numbers out. The bench compares
 * renditions decoded back to pixels against a careful resize of the master.
 */

export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  /** 3 (RGB) or 4 (RGBA, alpha ignored); 1 for grey. */
  channels: number;
}

function sameSize(a: RawImage, b: RawImage): void {
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels) {
    throw new Error(`images differ in size: ${a.width}×${a.height}×${a.channels} and ${b.width}×${b.height}×${b.channels}`);
  }
}

/** Peak signal-to-noise ratio over the colour channels, in dB; Infinity for identical images. */
export function psnr(a: RawImage, b: RawImage): number {
  sameSize(a, b);
  const colours = Math.min(3, a.channels);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < a.data.length; i += a.channels) {
    for (let c = 0; c < colours; c++) {
      const d = a.data[i + c] - b.data[i + c];
      sum += d * d;
    }
    count += colours;
  }
  const mse = sum / count;
  return mse === 0 ? Number.POSITIVE_INFINITY : 10 * Math.log10((255 * 255) / mse);
}

/** BT.601 luma of each pixel (what JPEG codes at full resolution). */
function luma(image: RawImage): Float64Array {
  const { data, channels } = image;
  const out = new Float64Array(image.width * image.height);
  for (let p = 0, i = 0; p < out.length; p++, i += channels) {
    out[p] = channels < 3 ? data[i] : 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
  }
  return out;
}

const WINDOW = 8;
const STEP = 4;
const C1 = (0.01 * 255) ** 2;
const C2 = (0.03 * 255) ** 2;

/** Mean structural similarity of the luma (1 for identical images). */
export function ssim(a: RawImage, b: RawImage): number {
  sameSize(a, b);
  const x = luma(a);
  const y = luma(b);
  const { width, height } = a;
  if (width < WINDOW || height < WINDOW) throw new Error('images are smaller than one SSIM window');
  const n = WINDOW * WINDOW;
  let total = 0;
  let windows = 0;
  for (let top = 0; top + WINDOW <= height; top += STEP) {
    for (let left = 0; left + WINDOW <= width; left += STEP) {
      let sx = 0;
      let sy = 0;
      let sxx = 0;
      let syy = 0;
      let sxy = 0;
      for (let r = top; r < top + WINDOW; r++) {
        for (let p = r * width + left, end = p + WINDOW; p < end; p++) {
          const u = x[p];
          const v = y[p];
          sx += u;
          sy += v;
          sxx += u * u;
          syy += v * v;
          sxy += u * v;
        }
      }
      const mx = sx / n;
      const my = sy / n;
      const vx = sxx / n - mx * mx;
      const vy = syy / n - my * my;
      const cov = sxy / n - mx * my;
      total += ((2 * mx * my + C1) * (2 * cov + C2)) / ((mx * mx + my * my + C1) * (vx + vy + C2));
      windows++;
    }
  }
  return total / windows;
}
