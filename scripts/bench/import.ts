/**
 * npm run bench:import: Nhập tệp… on a long report — a generated 60-page .docx with 20 camera
 * photos (1600 × 1067 JPEG) — through the same importer as the window and `soan-tin import`
 * (unpacking with limits, mammoth with the legacy-font pass, the body walk, the photo pipeline),
 * plus the legacy conversion of the 20,000-word article (benchConvert). Says what dominates the
 * import: the photo pipeline's share is timed inside it.
 * Prints a table, then one JSON object as the last line.
 * Knob: BENCH_IMPORT_RUNS (timed runs, default 3, after one warm-up).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MediaItem } from '../../shared/article/article-schema';
import { createImporter } from '../../electron/services/import';
import { importPhoto } from '../../electron/services/photos';
import { longDocx } from '../../tests/fixtures/docx';
import { benchConvert, CONVERT_GOAL_MS } from './convert';
import { table } from './report';
import { median, round } from './stats';

const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const PAGES = 60;
const PHOTOS = 20;

export interface ImportNumbers {
  docxImportMs: number;
  /** Of that, the time spent in the photo pipeline (decode, orient, resize, encode, hash). */
  photosMs: number;
  docxBytes: number;
  paragraphs: number;
  photos: number;
  runs: number;
}

export async function benchImport(): Promise<ImportNumbers> {
  const work = mkdtempSync(join(tmpdir(), 'soantin-bench-import-'));
  try {
    const file = join(work, 'bao-cao-60-trang.docx');
    const bytes = await longDocx(PAGES, PHOTOS);
    writeFileSync(file, bytes);
    let photoMs = 0;
    const importer = createImporter({
      keepPhoto: async (data, name): Promise<MediaItem> => {
        const started = performance.now();
        const photo = await importPhoto({ bytes: data, name });
        photoMs += performance.now() - started;
        return { hash: photo.hash, width: photo.width, height: photo.height, originalName: photo.originalName };
      },
    });
    const once = async () => {
      photoMs = 0;
      const started = performance.now();
      const result = await importer.importFile(file, { encoding: 'auto' });
      return { ms: performance.now() - started, photoMs, result };
    };
    await once(); // warm-up: module and sharp start-up
    const samples: { ms: number; photoMs: number; paragraphs: number; photos: number }[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const { ms, photoMs: p, result } = await once();
      const paragraphs = (result.article.body.root.children ?? []).filter((n) => n.type === 'paragraph').length;
      if (result.report.photos !== PHOTOS) throw new Error(`the import bench lost photos: ${result.report.photos} of ${PHOTOS}`);
      samples.push({ ms, photoMs: p, paragraphs, photos: result.report.photos });
    }
    const mid = samples.map((s) => s.ms);
    const at = samples[mid.indexOf(median(mid))] ?? samples[0];
    return { docxImportMs: median(mid), photosMs: at.photoMs, docxBytes: bytes.length, paragraphs: at.paragraphs, photos: at.photos, runs: RUNS };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const load = loadavg()[0];
  const imp = await benchImport();
  const conv = await benchConvert();
  const r = (v: number) => round(v, 1);
  process.stdout.write(`Import and conversion — ${cpus().length} cores, load average ${load.toFixed(2)}\n\n`);
  process.stdout.write(
    `${table(
      ['measure', 'ms', 'goal ms', 'verdict'],
      [
        [`.docx import: ${PAGES} pages, ${imp.photos} photos, ${(imp.docxBytes / 1024 / 1024).toFixed(1)} MB (median of ${imp.runs})`, r(imp.docxImportMs).toFixed(1), '', ''],
        ['  of which the photo pipeline', `${r(imp.photosMs).toFixed(1)} (${Math.round((100 * imp.photosMs) / imp.docxImportMs)}%)`, '', ''],
        ['  of which reading the document (unzip, mammoth, body)', r(imp.docxImportMs - imp.photosMs).toFixed(1), '', ''],
        [`TCVN3 → Unicode, ${conv.words} words (median of ${conv.runs})`, round(conv.convert20kMs, 3).toFixed(3), `≤ ${CONVERT_GOAL_MS}`, conv.convert20kMs <= CONVERT_GOAL_MS ? 'pass' : 'FAIL'],
      ],
    )}\n\n`,
  );
  process.stdout.write(
    `${JSON.stringify({
      docxImportMs: r(imp.docxImportMs),
      photosMs: r(imp.photosMs),
      convert20kMs: round(conv.convert20kMs, 3),
      pages: PAGES,
      photos: imp.photos,
      paragraphs: imp.paragraphs,
      docxBytes: imp.docxBytes,
      runs: imp.runs,
      loadAverage: round(load, 2),
    })}\n`,
  );
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
