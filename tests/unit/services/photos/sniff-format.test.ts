import { describe, expect, it } from 'vitest';
import { isCameraRawName } from '../../../../electron/services/photos/camera-raw';
import { sniffFormat } from '../../../../electron/services/photos/sniff-format';
import { animatedGif, avifPhoto, cameraJpeg, png16, svgWithScript, textNamedJpg, tiffPhoto, transparentPng, webpPhoto } from '../../../fixtures/photos';

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))));

describe('the format of a photo is read from its first bytes, not its name', () => {
  it('knows the photo formats sharp makes', async () => {
    expect(sniffFormat(await cameraJpeg({ width: 64, height: 48 }))).toBe('jpeg');
    expect(sniffFormat(await transparentPng({ r: 1, g: 2, b: 3 }, 32))).toBe('png');
    expect(sniffFormat(await png16({ r: 1, g: 2, b: 3 }, 8, 8))).toBe('png');
    expect(sniffFormat(await webpPhoto(64, 48))).toBe('webp');
    expect(sniffFormat(await tiffPhoto(64, 48))).toBe('tiff');
    expect(sniffFormat(await avifPhoto(64, 48))).toBe('avif');
    expect(sniffFormat(await animatedGif())).toBe('gif');
  });

  it('tells HEIC from AVIF by the brands of the ftyp box, and a video from both', () => {
    const ftyp = (major: string, ...compatible: string[]) => {
      const body = bytes('ftyp', major, 0, 0, 0, 0, ...compatible);
      return Buffer.concat([bytes(0, 0, 0, 4 + body.length), body]);
    };
    expect(sniffFormat(ftyp('heic', 'mif1', 'heic'))).toBe('heic');
    expect(sniffFormat(ftyp('mif1', 'mif1', 'heic'))).toBe('heic');
    expect(sniffFormat(ftyp('mif1', 'mif1', 'avif'))).toBe('avif');
    expect(sniffFormat(ftyp('isom', 'isom', 'mp42'))).toBeNull();
  });

  it('finds an SVG behind its XML declaration, comments and doctype', () => {
    expect(sniffFormat(svgWithScript())).toBe('svg');
    expect(sniffFormat(Buffer.from('\uFEFF  <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg width="1"/>'))).toBe('svg');
    expect(sniffFormat(Buffer.from('<html><body><svg></svg></body></html>'))).toBeNull();
  });

  it('calls text, an empty start and a text that begins with "BM" no image', () => {
    expect(sniffFormat(textNamedJpg())).toBeNull();
    expect(sniffFormat(Buffer.alloc(0))).toBeNull();
    expect(sniffFormat(Buffer.from('BM: biên bản họp ngày 28/5'))).toBeNull();
  });
});

describe('camera raw files are known by their extension', () => {
  it('in any case, and only as the extension', () => {
    expect(isCameraRawName('DSC_0799.NEF')).toBe(true);
    expect(isCameraRawName('DSC05850.arw')).toBe(true);
    expect(isCameraRawName('IMG_0001.CR3')).toBe(true);
    expect(isCameraRawName('DSC_0799.jpg')).toBe(false);
    expect(isCameraRawName('nef')).toBe(false);
  });
});
