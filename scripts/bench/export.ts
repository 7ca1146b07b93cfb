/**
 * Export benchmark (`npx tsx scripts/bench/export.ts`; `benchExport()` for the main bench):
 *
 * - htmlMs20k: JSON → HTML fragment (our walker, renderPortalHtml) for a generated 20,000-word
 *   article with 40 photos, median of 20 runs (goal ≤ 50 ms). verifyMs20k: the allow-list
 *   re-parse of that fragment with parse5, which every export and copy also runs.
 * - exportMs: the whole package (zip) of that draft with 40 photo masters of 2560 × 1707 (the
 *   largest a draft holds), and how much of it the photos take.
 * - export6000Ms: 20 photos from 6000 × 4000 masters (camera files given straight to the exporter).
 *
 * Prints a table, then one JSON object as the last line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { exportPackage } from '../../electron/services/export/export-package';
import type { ExportArticle, ExportNode } from '../../shared/export/export-node';
import { renderPortalHtml } from '../../shared/export/portal-html';
import { DEFAULT_PORTAL_PROFILE } from '../../shared/export/portal-profile';
import { verifyFragment } from '../../shared/export/verify-html';
import { longArticle } from '../../tests/fixtures/long-article';
import { sha256, syntheticPhoto } from '../../tests/unit/services/export/synthetic-photo';
import { table } from './report';
import { median, round } from './stats';

const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 20);
const log = (line = '') => process.stdout.write(`${line}\n`);

/** A camera-like master: a small synthetic scene enlarged (smooth light), with sensor noise laid over it. */
async function master(width: number, height: number, seed: number): Promise<Buffer> {
  const scene = await syntheticPhoto(480, Math.round((480 * height) / width), seed);
  const noise = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 12 } } })
    .raw()
    .toBuffer();
  return sharp(scene)
    .resize(width, height)
    .composite([{ input: noise, raw: { width, height, channels: 3 }, blend: 'overlay' }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The long article with a photo every few paragraphs, each captioned and credited. */
function withPhotos(base: ExportArticle, hashes: readonly string[], width: number, height: number): ExportArticle {
  const blocks = [...(base.body.root.children ?? [])];
  const every = Math.max(1, Math.floor(blocks.length / (hashes.length + 1)));
  const out: ExportNode[] = [];
  let n = 0;
  blocks.forEach((block, i) => {
    out.push(block);
    if (n < hashes.length && (i + 1) % every === 0) {
      const hash = hashes[n++];
      out.push({
        type: 'figure',
        version: 1,
        media: hash,
        width,
        height,
        alt: `Ảnh ${n}: quang cảnh hội nghị`,
        caption: [{ text: `Các đại biểu dự hội nghị (ảnh ${n})`, format: 0 }],
        credit: 'Phòng Thông tin',
        size: 'full',
      });
    }
  });
  return { ...base, body: { root: { ...base.body.root, children: out } } };
}

async function timeExport(article: ExportArticle, media: Map<string, Buffer>, work: string, name: string) {
  const started = performance.now();
  const result = await exportPackage({ article, media: async (h) => media.get(h)!, target: { kind: 'zip', path: join(work, name) } });
  return { totalMs: performance.now() - started, photosMs: result.timings.photosMs, files: result.files.length };
}

export interface ExportBench {
  htmlMs20k: number;
  verifyMs20k: number;
  exportMs: number;
  exportPhotosMs: number;
  export6000Ms: number;
  export6000PhotosMs: number;
}

export async function benchExport(): Promise<ExportBench> {
  const work = await mkdtemp(join(tmpdir(), 'soantin-bench-export-'));
  try {
    const long = longArticle({ words: 20_000 });
    const base = long.article as unknown as ExportArticle;

    const masters = await Promise.all(Array.from({ length: 40 }, (_, i) => master(2560, 1707, i + 1)));
    const media = new Map(masters.map((b) => [sha256(b), b]));
    const draft = withPhotos(base, [...media.keys()], 2560, 1707);

    const profile = DEFAULT_PORTAL_PROFILE;
    renderPortalHtml(draft, { profile }); // warm-up
    const htmlSamples: number[] = [];
    const verifySamples: number[] = [];
    let html = '';
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      html = renderPortalHtml(draft, { profile });
      const t1 = performance.now();
      const problems = verifyFragment(html);
      const t2 = performance.now();
      if (problems.length) throw new Error(`the fragment failed its own check: ${JSON.stringify(problems[0])}`);
      htmlSamples.push(t1 - t0);
      verifySamples.push(t2 - t1);
    }

    const big = await timeExport(draft, media, work, 'bai-dai.zip');

    const cameraMasters = await Promise.all(Array.from({ length: 20 }, (_, i) => master(6000, 4000, 100 + i)));
    const cameraMedia = new Map(cameraMasters.map((b) => [sha256(b), b]));
    const camera = await timeExport(withPhotos(base, [...cameraMedia.keys()], 6000, 4000), cameraMedia, work, 'bai-6000.zip');

    const result: ExportBench = {
      htmlMs20k: round(median(htmlSamples)),
      verifyMs20k: round(median(verifySamples)),
      exportMs: round(big.totalMs, 0),
      exportPhotosMs: round(big.photosMs, 0),
      export6000Ms: round(camera.totalMs, 0),
      export6000PhotosMs: round(camera.photosMs, 0),
    };
    log(`Export: ${long.words} words, ${html.length} characters of HTML, ${availableParallelism()} cores`);
    log(
      table(
        ['measure', 'ms', 'what'],
        [
          ['htmlMs20k', String(result.htmlMs20k), `JSON → HTML, 20k words + 40 photos, median of ${RUNS} (goal ≤ 50)`],
          ['verifyMs20k', String(result.verifyMs20k), 'parse5 allow-list check of that fragment, median'],
          ['exportMs', String(result.exportMs), `whole zip, 40 photos 2560×1707, ${big.files} files`],
          ['  photos', String(result.exportPhotosMs), `${round((100 * big.photosMs) / big.totalMs, 0)}% of it: decode, resize, mozjpeg`],
          ['export6000Ms', String(result.export6000Ms), `whole zip, 20 photos 6000×4000, ${camera.files} files`],
          ['  photos', String(result.export6000PhotosMs), `${round((100 * camera.photosMs) / camera.totalMs, 0)}% of it`],
        ],
      ),
    );
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchExport().then(
    (result) => log(JSON.stringify(result)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
