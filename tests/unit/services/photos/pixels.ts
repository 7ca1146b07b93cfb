import sharp from 'sharp';

export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The mean red, green and blue of a region of an image, as a viewer shows it. */
export async function meanColour(image: Buffer, region?: Region): Promise<{ r: number; g: number; b: number }> {
  const pipeline = region ? sharp(image).extract(region) : sharp(image);
  const { data, info } = await pipeline.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const sums = [0, 0, 0];
  for (let i = 0; i < data.length; i += info.channels) for (let c = 0; c < 3; c++) sums[c] += data[i + c];
  const n = data.length / info.channels;
  return { r: sums[0] / n, g: sums[1] / n, b: sums[2] / n };
}

/** The largest channel difference between two colours. */
export function colourDistance(a: { r: number; g: number; b: number }, b: { r: number; g: number; b: number }): number {
  return Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b));
}

/** The pixels of a file as stored, without its ICC profile applied. */
export async function storedColour(image: Buffer): Promise<{ r: number; g: number; b: number }> {
  const { data } = await sharp(image, { ignoreIcc: true }).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
  return { r: data[0], g: data[1], b: data[2] };
}
