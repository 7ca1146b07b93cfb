import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { seededRandom } from '../../../fixtures/seeded-random';

/**
 * A camera-like JPEG made on the spot: smooth light across the frame, a few objects and sensor
 * noise (pure noise would be the worst case for JPEG, flat colour the best; a photo is neither).
 * Same seed, same bytes. Optionally with EXIF (camera, GPS) so that a test can see it is gone.
 */
export async function syntheticPhoto(width: number, height: number, seed = 1, options: { exif?: boolean } = {}): Promise<Buffer> {
  const random = seededRandom(seed);
  const data = Buffer.alloc(width * height * 3);
  const blobs = Array.from({ length: 6 }, () => ({
    x: random() * width,
    y: random() * height,
    r: (0.08 + random() * 0.2) * Math.min(width, height),
    c: [random() * 255, random() * 255, random() * 255],
  }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 90 + (120 * x) / width;
      let g = 110 + (90 * y) / height;
      let b = 160 - (60 * (x + y)) / (width + height);
      for (const blob of blobs) {
        const dx = x - blob.x;
        const dy = y - blob.y;
        if (dx * dx + dy * dy < blob.r * blob.r) [r, g, b] = blob.c;
      }
      const noise = (random() - 0.5) * 18;
      const i = (y * width + x) * 3;
      data[i] = clamp(r + noise);
      data[i + 1] = clamp(g + noise);
      data[i + 2] = clamp(b + noise);
    }
  }
  let image = sharp(data, { raw: { width, height, channels: 3 } });
  if (options.exif) {
    image = image.withExif({
      IFD0: { Make: 'NIKON CORPORATION', Model: 'NIKON D7500', Artist: 'Phong vien' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 32/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 55/1 0/1' },
    });
  }
  return image.jpeg({ quality: 90 }).toBuffer();
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
