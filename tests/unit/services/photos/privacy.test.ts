import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPhoto, type ImportedPhoto } from '../../../../electron/services/photos/import-photo';
import { createPreviewCache } from '../../../../electron/services/photos/preview-cache';
import { FIXTURE_CAMERA, FIXTURE_GPS, cameraJpeg, png16 } from '../../../fixtures/photos';
import { TAG, readExif } from './exif-reader';
import { COMMENT_MARKER, isAppSegment, jpegSegments } from './jpeg-segments';

let folder: string;
let camera: Buffer;
let photo: ImportedPhoto;
let cachedPreview: Buffer;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-privacy-'));
  camera = await cameraJpeg({ width: 6000, height: 4000, orientation: 6 });
  const path = join(folder, 'DSC_0799.jpg');
  await writeFile(path, camera);
  photo = await importPhoto({ path });
  // The preview as the cache remakes it from the master (a draft opened on another machine).
  cachedPreview = await createPreviewCache(join(folder, 'previews')).get(photo.hash, () => photo.master);
}, 60_000);
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Everything that can carry data about the photographer, in the bytes and as a decoder reads them. */
async function metadataIn(jpeg: Buffer) {
  const meta = await sharp(jpeg).metadata();
  return {
    exif: meta.exif,
    xmp: meta.xmp,
    iptc: meta.iptc,
    icc: meta.icc,
    tifftagPhotoshop: meta.tifftagPhotoshop,
    comments: meta.comments,
    orientation: meta.orientation,
    appSegments: jpegSegments(jpeg).filter(isAppSegment).map((s) => s.label),
    commentSegments: jpegSegments(jpeg).filter((s) => s.marker === COMMENT_MARKER).length,
  };
}

const NOTHING = {
  exif: undefined,
  xmp: undefined,
  iptc: undefined,
  icc: undefined,
  tifftagPhotoshop: undefined,
  comments: undefined,
  orientation: undefined,
  appSegments: [],
  commentSegments: 0,
};

describe('the camera file carries what a photographer would not publish', () => {
  it('GPS position, camera serial number and owner are really in the fixture', async () => {
    const { exif } = await sharp(camera).metadata();
    const tags = readExif(exif!);
    expect(tags.gps.get(TAG.gpsLatitude)).toBe(FIXTURE_GPS.latitude);
    expect(tags.gps.get(TAG.gpsLongitude)).toBe(FIXTURE_GPS.longitude);
    expect(tags.exif.get(TAG.bodySerialNumber)).toBe(FIXTURE_CAMERA.serial);
    expect(tags.ifd0.get(TAG.artist)).toBe(FIXTURE_CAMERA.owner);
    expect(tags.ifd0.get(TAG.orientation)).toBe(6);
    expect(jpegSegments(camera).filter(isAppSegment).map((s) => s.label)).toEqual(['Exif', 'ICC_PROFILE']);
  });
});

describe('nothing of it reaches the master or the preview', () => {
  it('the master has no metadata block at all: no EXIF, XMP, IPTC, ICC, comment or APPn segment', async () => {
    expect(await metadataIn(photo.master)).toEqual(NOTHING);
  });

  it('nor the preview made at import, nor the one the cache remakes from the master', async () => {
    expect(await metadataIn(photo.preview)).toEqual(NOTHING);
    expect(await metadataIn(cachedPreview)).toEqual(NOTHING);
  });

  it('no trace in the bytes either: no "Exif", "GPS", serial, camera or owner string', () => {
    for (const bytes of [photo.master, photo.preview, cachedPreview]) {
      const text = bytes.toString('latin1');
      for (const needle of ['Exif', 'GPS', 'http://ns.adobe.com', 'Photoshop', FIXTURE_CAMERA.serial, FIXTURE_CAMERA.make, FIXTURE_CAMERA.model, FIXTURE_CAMERA.owner]) {
        expect([needle, text.includes(needle)]).toEqual([needle, false]);
      }
    }
  });

  it('a PNG with text chunks and a 16-bit profile is stripped the same way', async () => {
    const withText = await sharp(await png16({ r: 10, g: 20, b: 30 }))
      .withExif({ IFD0: { Artist: FIXTURE_CAMERA.owner }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: FIXTURE_GPS.latitude } })
      .withIccProfile('p3')
      .png()
      .toBuffer();
    expect((await sharp(withText).metadata()).exif).toBeDefined();
    const master = (await importPhoto({ bytes: withText, name: 'scan.png' })).master;
    expect(await metadataIn(master)).toEqual(NOTHING);
    expect(master.toString('latin1').includes(FIXTURE_CAMERA.owner)).toBe(false);
  });
});
