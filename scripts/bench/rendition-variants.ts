/**
 * `npx tsx scripts/bench/rendition-variants.ts [name…]`: ways of making the export's renditions
 * (1600/1024/480 wide + a 400×300 attention-cropped thumbnail) from the bench's 20 masters,
 * compared in one run: time for the 20 (BENCH_LANES side by side, 2 by default; the best of
 * BENCH_VARIANT_TRIES = 3 rounds, variants taking turns), bytes per size, and the quality of each
 * size against a reference resize (lanczos3 straight from the master's full decode to raw, no
 * JPEG step): PSNR (dB) and SSIM (luma); and, in the same rounds, the import of the 20 camera
 * files at the same lanes, so each variant's time is also a `renditionsVsImport`. The names pick
 * variants; none runs them all.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type JpegOptions, type KernelEnum, type Sharp } from 'sharp';
import { makePhoto, readMaster } from '../../electron/services/export/image-renditions';
import { importPhoto } from '../../electron/services/photos/import-photo';
import { createPhotoBatch } from '../../electron/services/photos/photo-batch';
import { useOneThreadPerPhoto } from '../../electron/services/photos/sharp-threads';
import { psnr, ssim, type RawImage } from './image-quality';
import { inLanes, makePhotos, timed } from './photos';
import { fmt, table } from './report';
import { median } from './stats';

const WIDTHS = [1600, 1024, 480] as const;
const THUMB = { width: 400, height: 300 } as const;
const QUALITY = 82; // the default portal profile's jpegQuality
const LANES = Number(process.env.BENCH_LANES ?? 2);
const TRIES = Number(process.env.BENCH_VARIANT_TRIES ?? 3);

/** Four JPEGs: 1600, 1024, 480, thumbnail. */
type Variant = (master: Buffer) => Promise<Buffer[]>;

interface Raw {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

const raw = async (image: Sharp): Promise<Raw> => {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
};
const from = (p: Raw) => sharp(p.data, { raw: { width: p.width, height: p.height, channels: p.channels } });
const heightOf = (w: number, master: { width: number; height: number }) => Math.max(1, Math.round((w * master.height) / master.width));

const MOZ: JpegOptions = { quality: QUALITY, mozjpeg: true, progressive: true, chromaSubsampling: '4:2:0' };
const PROG: JpegOptions = { quality: QUALITY, progressive: true, optimiseCoding: true, chromaSubsampling: '4:2:0' };
const BASE_OPT: JpegOptions = { quality: QUALITY, progressive: false, optimiseCoding: true, chromaSubsampling: '4:2:0' };
const PROG_Q3: JpegOptions = { ...PROG, quantisationTable: 3 };
const BASE_Q3: JpegOptions = { ...BASE_OPT, quantisationTable: 3 };
const BASE: JpegOptions = { quality: QUALITY, progressive: false, optimiseCoding: false, chromaSubsampling: '4:2:0' };

/** The widest decode (1600), each size resized from it, as image-renditions did before. */
function fromWidest(jpeg: JpegOptions, kernel: keyof KernelEnum = 'lanczos3'): Variant {
  return async (bytes) => {
    const meta = await sharp(bytes).metadata();
    const px = await raw(sharp(bytes).resize({ width: WIDTHS[0], kernel }));
    const sizes = WIDTHS.map((w) => from(px).resize({ width: w, height: heightOf(w, meta), fit: 'fill', kernel }));
    const thumb = from(px).resize({ ...THUMB, fit: 'cover', position: sharp.strategy.attention, kernel });
    return Promise.all([...sizes, thumb].map((s, i) => (i === 0 ? from(px) : s).jpeg(jpeg).toBuffer()));
  };
}

/** One decode; each size from the one above it (1600 → 1024 → 480), the thumbnail from 1024. */
function chained(jpeg: JpegOptions, kernel: keyof KernelEnum = 'lanczos3'): Variant {
  return async (bytes) => {
    const meta = await sharp(bytes).metadata();
    let px = await raw(sharp(bytes).resize({ width: WIDTHS[0], kernel }));
    const encodes = [from(px).jpeg(jpeg).toBuffer()];
    let forThumb = px;
    for (const w of WIDTHS.slice(1)) {
      px = await raw(from(px).resize({ width: w, height: heightOf(w, meta), fit: 'fill', kernel }));
      encodes.push(from(px).jpeg(jpeg).toBuffer());
      if (w === 1024) forThumb = px;
    }
    encodes.push(from(forThumb).resize({ ...THUMB, fit: 'cover', position: sharp.strategy.attention, kernel }).jpeg(jpeg).toBuffer());
    return Promise.all(encodes);
  };
}

/** Each size straight from the master file, so libjpeg shrinks on load where the factor allows. */
function fromFile(jpeg: JpegOptions, kernel: keyof KernelEnum = 'lanczos3'): Variant {
  return async (bytes) => {
    const meta = await sharp(bytes).metadata();
    const sizes = WIDTHS.map((w) => sharp(bytes).resize({ width: w, height: heightOf(w, meta), fit: 'fill', kernel }));
    const thumb = sharp(bytes).resize({ ...THUMB, fit: 'cover', position: sharp.strategy.attention, kernel });
    return Promise.all([...sizes, thumb].map((s) => s.jpeg(jpeg).toBuffer()));
  };
}

/** 1600 from the full decode; 1024, 480 and the thumbnail from the file with shrink-on-load, one after another. */
function mixed(jpeg: JpegOptions, kernel: keyof KernelEnum = 'lanczos3'): Variant {
  return async (bytes) => {
    const meta = await sharp(bytes).metadata();
    const big = sharp(bytes).resize({ width: WIDTHS[0], kernel }).jpeg(jpeg).toBuffer();
    const px = await raw(sharp(bytes).resize({ width: 1024, height: heightOf(1024, meta), fit: 'fill', kernel }));
    const rest = [
      from(px).jpeg(jpeg).toBuffer(),
      from(px).resize({ width: 480, height: heightOf(480, meta), fit: 'fill', kernel }).jpeg(jpeg).toBuffer(),
      from(px).resize({ ...THUMB, fit: 'cover', position: sharp.strategy.attention, kernel }).jpeg(jpeg).toBuffer(),
    ];
    return Promise.all([big, ...rest]);
  };
}

/**
 * The export's function before this comparison was made: decode to the widest size, every size
 * resized from it, mozjpeg (trellis, scan search), the main photo encoded apart, the attention
 * thumbnail cut from the widest pixels.
 */
const appBefore: Variant = async (bytes) => {
  const [meta, out] = await Promise.all([sharp(bytes).metadata(), fromWidest(MOZ)(bytes)]);
  const px = await raw(sharp(bytes).resize({ width: WIDTHS[0] }));
  await from(px).resize({ width: 1024, height: heightOf(1024, meta), fit: 'fill' }).jpeg(MOZ).toBuffer(); // the main photo
  return out;
};

/**
 * What photos.ts timed before it timed the export's own function: one decode, each size from the
 * one above, plain libjpeg-turbo q85 (not the profile's 82), a centre crop from the 1024 pixels.
 */
const benchBefore: Variant = async (master) => {
  let pixels = await raw(sharp(master));
  const encodes: Promise<Buffer>[] = [];
  let forThumbnail = pixels;
  for (const width of WIDTHS) {
    pixels = await raw(from(pixels).resize({ width, withoutEnlargement: true }));
    encodes.push(from(pixels).jpeg({ quality: 85 }).toBuffer());
    if (width >= THUMB.width * 2) forThumbnail = pixels;
  }
  encodes.push(from(forThumbnail).resize(THUMB.width, THUMB.height, { fit: 'cover' }).jpeg({ quality: 85 }).toBuffer());
  return Promise.all(encodes);
};

/** The export's own function, as the package calls it (main photo at 1024 to have the thumbnail). */
const app: Variant = async (bytes) => {
  const master = (await readMaster(bytes))!;
  const jpeg = WIDTHS.map((w) => ({ name: `${w}.jpg`, width: w, height: heightOf(w, master) }));
  const out = await makePhoto({ master, jpeg, webp: [], main: { width: 1024, thumbnail: THUMB } }, { quality: QUALITY });
  return [...out.jpeg, out.thumbnail!.data];
};

const VARIANTS: Record<string, Variant> = {
  app,
  'app-before': appBefore,
  'bench-before': benchBefore,
  'widest-mozjpeg': fromWidest(MOZ),
  'widest-progressive': fromWidest(PROG),
  'widest-progressive-q3': fromWidest(PROG_Q3),
  'chained-progressive-q3': chained(PROG_Q3),
  'chained-baseline-q3': chained(BASE_Q3),
  'chained-baseline-q3-unoptimised': chained({ ...BASE, quantisationTable: 3 }),
  'widest-baseline-opt': fromWidest(BASE_OPT),
  'widest-baseline': fromWidest(BASE),
  'chained-progressive': chained(PROG),
  'chained-baseline-opt': chained(BASE_OPT),
  'file-progressive': fromFile(PROG),
  'mixed-progressive': mixed(PROG),
  'chained-progressive-mitchell': chained(PROG, 'mitchell'),
  'mixed-progressive-mitchell': mixed(PROG, 'mitchell'),
};

async function masters(): Promise<Buffer[]> {
  const dir = join(tmpdir(), 'soantin-bench-masters-v1');
  mkdirSync(dir, { recursive: true });
  const files = await makePhotos((line = '') => process.stdout.write(`${line}\n`));
  return Promise.all(
    files.map(async (file, i) => {
      const path = join(dir, `${i}.jpg`);
      if (!existsSync(path)) writeFileSync(path, (await importPhoto({ path: file })).master);
      return readFileSync(path);
    }),
  );
}

async function decoded(jpeg: Buffer): Promise<RawImage> {
  const { data, info } = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** The reference of each size: lanczos3 from the full decode, no shrink-on-load, no JPEG step. */
async function references(bytes: Buffer): Promise<RawImage[]> {
  const meta = await sharp(bytes).metadata();
  const exact = (image: Sharp) => image.raw().toBuffer({ resolveWithObject: true }).then(({ data, info }) => ({ data, width: info.width, height: info.height, channels: info.channels }));
  const sizes = WIDTHS.map((w) => exact(sharp(bytes).resize({ width: w, height: heightOf(w, meta), fit: 'fill', fastShrinkOnLoad: false })));
  const thumb = exact(sharp(bytes).resize({ ...THUMB, fit: 'cover', position: sharp.strategy.attention, fastShrinkOnLoad: false }));
  return Promise.all([...sizes, thumb]);
}

async function main(): Promise<void> {
  useOneThreadPerPhoto();
  sharp.cache(false);
  const chosen = process.argv.slice(2);
  const names = chosen.length > 0 ? chosen : Object.keys(VARIANTS);
  const all = await masters();
  const refs = await Promise.all(all.map(references));
  for (const name of names) await VARIANTS[name](all[0]); // warm-up

  const ms = new Map<string, number[]>(names.map((n) => [n, []]));
  const importMs: number[] = [];
  const files = await makePhotos(() => {});
  for (let t = 0; t < TRIES; t++) {
    importMs.push(await timed(() => createPhotoBatch(files.map((path) => ({ path })), { concurrency: LANES })));
    for (const name of names) ms.get(name)!.push(await timed(() => inLanes(all, LANES, (m) => VARIANTS[name](m))));
  }

  const labels = ['1600', '1024', '480', 'thumb'];
  const rows: string[][] = [];
  const json: Record<string, unknown> = {};
  for (const name of names) {
    const bytes = [0, 0, 0, 0];
    const q = labels.map(() => ({ psnr: [] as number[], ssim: [] as number[] }));
    for (const [i, master] of all.entries()) {
      const out = await VARIANTS[name](master);
      for (const [k, jpeg] of out.entries()) {
        bytes[k] += jpeg.length;
        const got = await decoded(jpeg);
        q[k].psnr.push(psnr(got, refs[i][k]));
        q[k].ssim.push(ssim(got, refs[i][k]));
      }
    }
    const best = Math.min(...ms.get(name)!);
    const cells = labels.map((_, k) => `${fmt(bytes[k] / all.length / 1024, 0)}K ${fmt(median(q[k].psnr), 2)}dB ${fmt(median(q[k].ssim), 4)}`);
    rows.push([name, fmt(best, 0), fmt(median(ms.get(name)!), 0), fmt(median(ms.get(name)!) / median(importMs), 3), ...cells]);
    json[name] = { bestMs: Math.round(best), medianMs: Math.round(median(ms.get(name)!)), kbPerPhoto: bytes.map((b) => Math.round(b / all.length / 1024)), psnr: q.map((x) => +median(x.psnr).toFixed(2)), ssim: q.map((x) => +median(x.ssim).toFixed(4)) };
  }
  process.stdout.write(`import of the 20 camera files, ${LANES} lanes: median ${fmt(median(importMs), 0)} ms (${importMs.map((v) => fmt(v, 0)).join(', ')}); "/ import" is a variant's median over it\n`);
  process.stdout.write(`renditions of 20 masters, ${LANES} lanes, q${QUALITY}, best and median of ${TRIES}; load average ${loadavg().map((v) => v.toFixed(1)).join(' ')}\n`);
  process.stdout.write(`each size: KB a photo, PSNR and SSIM (medians over the 20) against lanczos3 from the full decode\n`);
  process.stdout.write(`${table(['variant', 'best ms', 'median ms', '/ import', ...labels], rows)}\n`);
  process.stdout.write(`${JSON.stringify({ lanes: LANES, load: loadavg()[0], importMs: importMs.map(Math.round), variants: json })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
