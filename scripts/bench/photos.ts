/**
 * npm run bench:photos (`npx tsx scripts/bench/photos.ts`): the photo import against what
 * decoding alone costs. Twenty camera-like 24 MP JPEGs (6000×4000, q95, EXIF orientation 6,
 * GPS, an embedded sRGB profile, noisy content; made once and kept in the temp folder), then:
 *
 *   per photo, one at a time (the best of BENCH_PHOTO_TRIES = 3 tries, p50 over the 20):
 *     sharp decode floor — sharp decoding the file to raw pixels at the shrink-on-load sharp
 *       itself can use for a 2560-px master (none for 6000 px: sharp shrinks a JPEG on load
 *       only when the shrink is ≥ 3, or exactly 2, 4, 8), no colour transform, nothing else;
 *     our import — importPhoto: master (2560, q90) + preview (800), as the app makes them;
 *   the batch of 20:
 *     ours at the app's concurrency (cores − 1) and at 2 lanes;
 *     libjpeg-turbo's `djpeg -scale 1/2` of the same files over 2 processes (the decode floor
 *       of any tool that reads these files at half size);
 *     ImageMagick `convert -auto-orient -strip -resize 2560x -quality 90`, 2 at a time;
 *     the export renditions (1600/1024/480 wide + a 4:3 attention thumbnail) from the 20
 *       masters, by the export's own makePhoto, 2 lanes;
 *   the import's peak memory (RSS of a child process that only imports the 20, 2 lanes).
 *
 * djpeg and convert are installed with apt-get when missing and we are root on Debian
 * (BENCH_NO_INSTALL=1 to skip that); otherwise their rows say why they are missing.
 * Prints a table; the last line is one JSON object. `benchPhotos()` is for the main bench.
 */
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { makePhoto, readMaster } from '../../electron/services/export/image-renditions';
import { createPhotoBatch, defaultPhotoConcurrency } from '../../electron/services/photos/photo-batch';
import { importPhoto } from '../../electron/services/photos/import-photo';
import { PHOTO_LIMITS } from '../../electron/services/photos/photo-limits';
import { useOneThreadPerPhoto } from '../../electron/services/photos/sharp-threads';
import { DEFAULT_PORTAL_PROFILE } from '../../shared/export/portal-profile';
import { scaledHeight } from '../../shared/export/renditions';
import { cameraJpeg } from '../../tests/fixtures/photos';
import { fmt, table } from './report';
import { median } from './stats';

const run = promisify(execFile);
const PHOTOS = 20;
const LANES = 2;
const TRIES_PER_PHOTO = Number(process.env.BENCH_PHOTO_TRIES ?? 3);
const FIXTURE_VERSION = 'v1-6000x4000-q95-o6';
const RENDITION_WIDTHS = [1600, 1024, 480] as const;
const THUMBNAIL = { width: 400, height: 300 } as const;

export const PHOTO_GOALS = {
  photoImportVsFloor: { limit: 1.3, better: 'lower' },
  photoSpeedupVsImageMagick: { limit: 3, better: 'higher' },
  renditionsVsImport: { limit: 0.25, better: 'lower' },
  photoImportPeakRssMB: { limit: 400, better: 'lower' },
} as const;

export interface PhotoBenchNumbers {
  /** Our import of one photo (master + preview), p50 over the 20, one at a time. */
  photoMsP50: number;
  /** The 20 at the app's own concurrency (cores − 1). */
  batch20Ms: number;
  /** sharp decoding one file to raw at the shrink-on-load it can use, p50. */
  decodeFloorMsP50: number;
  /** photoMsP50 / decodeFloorMsP50. */
  ratioToFloor: number;
  /** Our 20 at 2 lanes / djpeg -scale 1/2 of the 20 over 2 processes (null: no djpeg). */
  photoImportVsFloor: number | null;
  /** ImageMagick's 20 at 2 at a time / ours at 2 lanes (null: no ImageMagick). */
  photoSpeedupVsImageMagick: number | null;
  /** Renditions of the 20 masters / our import of the 20, both at 2 lanes. */
  renditionsVsImport: number;
  photoImportPeakRssMB: number;
  detail: Record<string, number | string | null>;
}

type Log = (line?: string) => void;

export async function benchPhotos(log: Log = (line = '') => process.stdout.write(`${line}\n`)): Promise<PhotoBenchNumbers> {
  useOneThreadPerPhoto();
  // sharp's operation cache only helps when the same operation repeats on the same input: here it never does.
  sharp.cache(false);
  const files = await makePhotos(log);
  const djpeg = await tool('djpeg', ['-version'], /libjpeg-turbo|version/i, 'libjpeg-turbo-progs', log);
  const convert = await tool('convert', ['-version'], /Version: ImageMagick/, 'imagemagick', log);

  // Warm-up: the first sharp call loads libvips and its codecs.
  await importPhoto({ path: files[0] });
  await decodeFloor(files[0]);

  // Per photo, the best of a few tries, floor and import taking turns: on a machine shared
  // with other work the best try is the one least slowed by it.
  const floorMs: number[] = [];
  const importMs: number[] = [];
  for (const path of files) {
    const tries = { floor: [] as number[], ours: [] as number[] };
    for (let i = 0; i < TRIES_PER_PHOTO; i++) {
      tries.floor.push(await timed(() => decodeFloor(path)));
      tries.ours.push(await timed(() => importPhoto({ path })));
    }
    floorMs.push(Math.min(...tries.floor));
    importMs.push(Math.min(...tries.ours));
  }

  const appConcurrency = defaultPhotoConcurrency();
  const batchAppMs = await timed(() => expectAllOk(createPhotoBatch(files.map((path) => ({ path })), { concurrency: appConcurrency })));
  const child = await importInChild(files, LANES);
  // glibc gives each thread its own malloc arena and keeps what a decode freed there; the
  // same import with two arenas shows how much of the peak is that, not our working set.
  const childTwoArenas = await importInChild(files, LANES, { MALLOC_ARENA_MAX: '2' });
  const batchLanesMs = child.ms;

  const djpegMs = djpeg ? await timed(() => inLanes(files, LANES, (f) => run(djpeg, ['-scale', '1/2', '-outfile', '/dev/null', f]))) : null;
  const out = join(tmpdir(), `soantin-bench-magick-${process.pid}`);
  mkdirSync(out, { recursive: true });
  const magickMs = convert
    ? await timed(() =>
        inLanes(files, LANES, (f, i) => run(convert, [f, '-auto-orient', '-strip', '-resize', '2560x', '-quality', '90', join(out, `${i}.jpg`)])),
      )
    : null;
  rmSync(out, { recursive: true, force: true });

  const masters = await Promise.all(files.map(async (path) => (await importPhoto({ path })).master));
  const renditionsMs = await timed(() => inLanes(masters, LANES, renditions));

  const shrink = jpegShrinkOnLoad(6000, 4000, PHOTO_LIMITS.masterLongEdge);
  const numbers: PhotoBenchNumbers = {
    photoMsP50: median(importMs),
    batch20Ms: batchAppMs,
    decodeFloorMsP50: median(floorMs),
    ratioToFloor: median(importMs) / median(floorMs),
    photoImportVsFloor: djpegMs ? batchLanesMs / djpegMs : null,
    photoSpeedupVsImageMagick: magickMs ? magickMs / batchLanesMs : null,
    renditionsVsImport: renditionsMs / batchLanesMs,
    photoImportPeakRssMB: child.peakRssMB,
    detail: {
      shrinkOnLoad: shrink,
      appConcurrency,
      batch20LanesMs: batchLanesMs,
      djpeg20Ms: djpegMs,
      imageMagick20Ms: magickMs,
      renditions20Ms: renditionsMs,
      peakRssMallocArenaMax2MB: childTwoArenas.peakRssMB,
      loadAverage1m: loadavg()[0],
    },
  };

  const load = loadavg().map((v) => v.toFixed(1)).join(' ');
  log();
  log(`load average now ${load} (other work on the machine slows every row alike; the ratios are what to compare)`);
  log(`Photo import — ${PHOTOS} camera-like JPEGs 6000×4000 q95 (EXIF orientation 6, GPS, sRGB profile), ${availableParallelism()} cores, sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}, sharp.concurrency ${sharp.concurrency()}`);
  log(table(
    ['what', 'ms', 'per photo ms', 'note'],
    [
      [`sharp decode floor, one photo (p50 of best of ${TRIES_PER_PHOTO})`, fmt(numbers.decodeFloorMsP50, 0), fmt(numbers.decodeFloorMsP50, 0), `to raw, shrink-on-load 1/${shrink}, no colour transform`],
      [`our import, one photo (p50 of best of ${TRIES_PER_PHOTO})`, fmt(numbers.photoMsP50, 0), fmt(numbers.photoMsP50, 0), `master ${PHOTO_LIMITS.masterLongEdge} q${PHOTO_LIMITS.masterQuality} + preview ${PHOTO_LIMITS.previewLongEdge}`],
      [`our import, ${PHOTOS} at the app's concurrency (${appConcurrency})`, fmt(batchAppMs, 0), fmt(batchAppMs / PHOTOS, 0), 'cores − 1'],
      [`our import, ${PHOTOS} at ${LANES} lanes`, fmt(batchLanesMs, 0), fmt(batchLanesMs / PHOTOS, 0), 'in a child process (for its RSS)'],
      [`djpeg -scale 1/2, ${PHOTOS} over ${LANES} processes`, djpegMs ? fmt(djpegMs, 0) : 'skipped', djpegMs ? fmt(djpegMs / PHOTOS, 0) : '', djpeg ? 'libjpeg-turbo' : 'no djpeg'],
      [`ImageMagick convert, ${PHOTOS}, ${LANES} at a time`, magickMs ? fmt(magickMs, 0) : 'skipped', magickMs ? fmt(magickMs / PHOTOS, 0) : '', convert ? '-auto-orient -strip -resize 2560x -quality 90' : 'no ImageMagick'],
      [`renditions of the ${PHOTOS} masters, ${LANES} lanes`, fmt(renditionsMs, 0), fmt(renditionsMs / PHOTOS, 0), `${RENDITION_WIDTHS.join('/')} + ${THUMBNAIL.width}×${THUMBNAIL.height}, the export's makePhoto, q${DEFAULT_PORTAL_PROFILE.jpegQuality}`],
    ],
  ));
  log(`peak RSS of the import of ${PHOTOS} (${LANES} lanes): ${fmt(child.peakRssMB, 0)} MB; with MALLOC_ARENA_MAX=2: ${fmt(childTwoArenas.peakRssMB, 0)} MB (Node ${process.version}, glibc malloc)`);
  log();
  log(table(
    ['goal', 'measured', 'limit', 'verdict'],
    Object.entries(PHOTO_GOALS).map(([name, goal]) => {
      const value = numbers[name as keyof typeof PHOTO_GOALS];
      const pass = value === null ? null : goal.better === 'lower' ? value <= goal.limit : value >= goal.limit;
      return [name, value === null ? 'n/a' : fmt(value), `${goal.better === 'lower' ? '≤' : '≥'} ${goal.limit}`, pass === null ? 'not measured' : pass ? 'pass' : 'FAIL'];
    }),
  ));
  log(`ratioToFloor (our one photo / sharp's decode of it, not a goal): ×${fmt(numbers.ratioToFloor)}`);
  return numbers;
}

/**
 * The shrink libjpeg applies while decoding, as sharp 0.35 chooses it for a resize to `target`
 * (pipeline.cc): the largest of 8, 4, 2 not above the shrink, halved again when the shrink's
 * whole part equals it (libjpeg's rounding), so 6000 → 2560 (×2.34) decodes at full size.
 */
export function jpegShrinkOnLoad(width: number, height: number, target: number): number {
  const shrink = Math.max(width, height) / target;
  let factor = shrink >= 8 ? 8 : shrink >= 4 ? 4 : shrink >= 2 ? 2 : 1;
  if (factor > 1 && Math.trunc(shrink) === factor) factor /= 2;
  return factor;
}

/** sharp decoding a file to raw pixels and nothing else (no orientation, no colour transform). */
async function decodeFloor(path: string): Promise<void> {
  const { width, height } = await sharp(path).metadata();
  const shrink = jpegShrinkOnLoad(width, height, PHOTO_LIMITS.masterLongEdge);
  const image = sharp(path, { failOn: 'error', ignoreIcc: true });
  // A resize to exactly 1/shrink is what makes sharp decode at that scale (and nothing more).
  await (shrink > 1 ? image.resize(Math.ceil(width / shrink), Math.ceil(height / shrink), { fit: 'fill' }) : image).raw().toBuffer();
}

/**
 * The renditions of one master, made by the export's own function (makePhoto, what
 * exportPackage and `soan-tin export` call for every figure) at the default profile's quality:
 * 1600/1024/480 wide and, as for the article's main photo, the 400×300 attention-cropped
 * thumbnail (the main photo asked at 1024, the width of a rendition, is that rendition's bytes).
 */
async function renditions(bytes: Buffer): Promise<void> {
  const master = await readMaster(bytes);
  if (!master) throw new Error('the bench could not read one of its masters');
  const jpeg = RENDITION_WIDTHS.map((width) => ({ name: `${width}.jpg`, width, height: scaledHeight(width, master.width, master.height) }));
  await makePhoto({ master, jpeg, webp: [], main: { width: 1024, thumbnail: THUMBNAIL } }, { quality: DEFAULT_PORTAL_PROFILE.jpegQuality });
}

export async function makePhotos(log: Log): Promise<string[]> {
  const dir = join(tmpdir(), `soantin-bench-photos-${FIXTURE_VERSION}`);
  mkdirSync(dir, { recursive: true });
  const names = Array.from({ length: PHOTOS }, (_, i) => `DSC_${String(799 + i).padStart(4, '0')}.jpg`);
  const missing = names.filter((name) => !existsSync(join(dir, name)));
  if (missing.length > 0) {
    log(`making ${missing.length} camera-like photos in ${dir}…`);
    await inLanes(missing, LANES, async (name) => {
      const seed = 1000 + names.indexOf(name);
      writeFileSync(join(dir, name), await cameraJpeg({ width: 6000, height: 4000, orientation: 6, gps: true, quality: 95, icc: 'srgb', seed }));
    });
  }
  return names.map((name) => join(dir, name));
}

/** The path of a command-line tool, installed with apt-get when it is missing and we may; null when we cannot have it. */
async function tool(command: string, versionArgs: string[], looksRight: RegExp, debPackage: string, log: Log): Promise<string | null> {
  const works = () => {
    // Some tools print their version on stderr (djpeg), some on stdout (convert).
    const out = spawnSync(command, versionArgs, { encoding: 'utf8' });
    return out.error === undefined && looksRight.test(`${out.stdout ?? ''}${out.stderr ?? ''}`);
  };
  if (works()) return command;
  const mayInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && process.env.BENCH_NO_INSTALL !== '1';
  if (mayInstall) {
    log(`${command} is missing: apt-get install ${debPackage}…`);
    try {
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', debPackage], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      try {
        execFileSync('apt-get', ['update'], { stdio: 'ignore' });
        execFileSync('apt-get', ['install', '-y', '--no-install-recommends', debPackage], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      } catch {
        // reported below
      }
    }
    if (works()) return command;
  }
  log(`skipped: ${command} (${debPackage}) is not installed${mayInstall ? ' and could not be installed' : ''}; install it to measure that row`);
  return null;
}

/** Runs `work` over the items, `lanes` at a time; resolves when all are done. */
export async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
}

export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function expectAllOk(batch: ReturnType<typeof createPhotoBatch>): Promise<void> {
  const result = await batch;
  if (result.ok !== result.items.length) throw new Error(`the bench's photos failed to import: ${JSON.stringify(result.items.filter((i) => i.status !== 'ok'))}`);
}

/** Imports the photos in a fresh process that does nothing else, for an honest peak RSS. */
async function importInChild(files: string[], lanes: number, env: Record<string, string> = {}): Promise<{ ms: number; peakRssMB: number }> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--import-only', String(lanes), ...files], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`the import child failed (${code}): ${out}`);
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

async function importOnly(lanes: number, files: string[]): Promise<void> {
  useOneThreadPerPhoto();
  sharp.cache(false);
  await importPhoto({ path: files[0] }); // load libvips before timing, as the app has by then
  const ms = await timed(() => expectAllOk(createPhotoBatch(files.map((path) => ({ path })), { concurrency: lanes })));
  // maxRSS is the process's peak resident set, in kilobytes.
  process.stdout.write(`${JSON.stringify({ ms, peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

async function main(): Promise<void> {
  const numbers = await benchPhotos();
  const r = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  const goals = Object.fromEntries(
    Object.entries(PHOTO_GOALS).map(([name, goal]) => {
      const value = numbers[name as keyof typeof PHOTO_GOALS];
      return [name, value === null ? 'not measured' : (goal.better === 'lower' ? value <= goal.limit : value >= goal.limit) ? 'pass' : 'fail'];
    }),
  );
  process.stdout.write(
    `${JSON.stringify({
      photoMsP50: r(numbers.photoMsP50),
      batch20Ms: r(numbers.batch20Ms),
      decodeFloorMsP50: r(numbers.decodeFloorMsP50),
      ratioToFloor: r(numbers.ratioToFloor),
      photoImportVsFloor: r(numbers.photoImportVsFloor),
      photoSpeedupVsImageMagick: r(numbers.photoSpeedupVsImageMagick),
      renditionsVsImport: r(numbers.renditionsVsImport),
      photoImportPeakRssMB: r(numbers.photoImportPeakRssMB),
      goals,
      ...Object.fromEntries(Object.entries(numbers.detail).map(([k, v]) => [k, typeof v === 'number' ? r(v) : v])),
      cores: availableParallelism(),
    })}\n`,
  );
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const [flag, lanes, ...files] = process.argv.slice(2);
  (flag === '--import-only' ? importOnly(Number(lanes), files) : main()).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
