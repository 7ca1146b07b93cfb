import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isSrgbProfile, srgbToLinear } from '../../../../electron/services/photos/srgb-profile';

/** The ICC profile sharp embeds for one of its named profiles. */
async function embeddedProfile(name: 'srgb' | 'p3' | 'cmyk'): Promise<Buffer> {
  let image = sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } });
  if (name === 'cmyk') image = image.toColourspace('cmyk');
  const { icc } = await sharp(await image.withIccProfile(name).jpeg().toBuffer()).metadata();
  if (!icc) throw new Error('no profile embedded');
  return icc;
}

/** A v2 matrix/TRC profile with the given primaries and one tone curve for all three channels. */
function matrixProfile(primaries: number[][], curve: Buffer): Buffer {
  const xyz = (v: number[]) => {
    const b = Buffer.alloc(20);
    b.write('XYZ ', 0, 'latin1');
    v.forEach((n, i) => b.writeInt32BE(Math.round(n * 65536), 8 + i * 4));
    return b;
  };
  const tags: [string, Buffer][] = [
    ['wtpt', xyz([0.9642, 1, 0.8249])],
    ['rXYZ', xyz(primaries[0])],
    ['gXYZ', xyz(primaries[1])],
    ['bXYZ', xyz(primaries[2])],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];
  const tableSize = 4 + tags.length * 12;
  let offset = 128 + tableSize;
  const table = Buffer.alloc(tableSize);
  table.writeUInt32BE(tags.length, 0);
  const data: Buffer[] = [];
  tags.forEach(([sig, body], i) => {
    const padded = Buffer.concat([body, Buffer.alloc((4 - (body.length % 4)) % 4)]);
    table.write(sig, 4 + i * 12, 'latin1');
    table.writeUInt32BE(offset, 8 + i * 12);
    table.writeUInt32BE(body.length, 12 + i * 12);
    data.push(padded);
    offset += padded.length;
  });
  const header = Buffer.alloc(128);
  header.writeUInt32BE(offset, 0);
  header.writeUInt32BE(0x02100000, 8);
  header.write('mntrRGB XYZ ', 12, 'latin1');
  header.write('acsp', 36, 'latin1');
  return Buffer.concat([header, table, ...data]);
}

const curvTable = (f: (x: number) => number, n = 1024) => {
  const b = Buffer.alloc(12 + n * 2);
  b.write('curv', 0, 'latin1');
  b.writeUInt32BE(n, 8);
  for (let i = 0; i < n; i++) b.writeUInt16BE(Math.round(f(i / (n - 1)) * 65535), 12 + i * 2);
  return b;
};
const curvGamma = (gamma: number) => {
  const b = Buffer.alloc(14);
  b.write('curv', 0, 'latin1');
  b.writeUInt32BE(1, 8);
  b.writeUInt16BE(Math.round(gamma * 256), 12);
  return b;
};

const SRGB = [[0.4361, 0.2225, 0.0139], [0.3851, 0.7169, 0.0971], [0.1431, 0.0606, 0.7141]];
const ADOBE_RGB = [[0.6097, 0.3111, 0.0195], [0.2053, 0.6257, 0.0609], [0.1492, 0.0632, 0.7446]];

describe('an embedded profile is sRGB when its numbers are sRGB’s, whatever it is called', () => {
  it("sharp's compact sRGB profile is sRGB; its Display P3 and CMYK ones are not", async () => {
    expect(isSrgbProfile(await embeddedProfile('srgb'))).toBe(true);
    expect(isSrgbProfile(await embeddedProfile('p3'))).toBe(false);
    expect(isSrgbProfile(await embeddedProfile('cmyk'))).toBe(false);
  });

  it('a table-based sRGB curve (as in the common 3 KB "sRGB IEC61966-2.1" profile) counts as sRGB', () => {
    expect(isSrgbProfile(matrixProfile(SRGB, curvTable(srgbToLinear)))).toBe(true);
  });

  it('sRGB primaries with a plain 2.2 gamma, or Adobe RGB primaries, are converted', () => {
    expect(isSrgbProfile(matrixProfile(SRGB, curvGamma(2.2)))).toBe(false);
    expect(isSrgbProfile(matrixProfile(ADOBE_RGB, curvGamma(563 / 256)))).toBe(false);
    expect(isSrgbProfile(matrixProfile(ADOBE_RGB, curvTable(srgbToLinear)))).toBe(false);
  });

  it('bytes that are not a profile are not sRGB (and do not throw)', () => {
    expect(isSrgbProfile(Buffer.alloc(0))).toBe(false);
    expect(isSrgbProfile(Buffer.from('not a profile at all, just some text that is long enough'.repeat(4)))).toBe(false);
    const cut = matrixProfile(SRGB, curvTable(srgbToLinear)).subarray(0, 200);
    expect(isSrgbProfile(cut)).toBe(false);
  });
});
