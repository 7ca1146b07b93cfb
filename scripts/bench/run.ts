/**
 * npm run bench: our editor against a bare contenteditable holding the same article, in
 * headless Chromium, with a minimal Lexical page (what Lexical + React cost alone) between them. Prints tables, then one JSON line (the last line) for machines.
 * Knobs for quick local tries (the defaults are the benchmark): BENCH_RUNS, BENCH_KEYS,
 * BENCH_HEAP_KEYS, BENCH_PROFILE=1 (CPU profile of our page typing in the long article),
 * BENCH_JITTER_MS (0: every key at the same point of the frame), BENCH_BARE_CSS (rules added
 * to the bare page's stylesheet, e.g. our body's content-visibility, for a like-for-like page).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { writeDraft } from '../../electron/services/draft/draft-files';
import { serveRenderer, type StaticServer } from '../../tests/e2e/harness/static-server';
import { longArticle } from '../../tests/fixtures/long-article';
import { writeBarePages, DEFAULT_LOOK, type TextLook } from './bare-page';
import { hotFunctions, startProfile, stopProfile } from './cpu-profile';
import { judge } from './goals';
import { benchConvert, CONVERT_GOAL_MS, type ConvertNumbers } from './convert';
import { benchImport, type ImportNumbers } from './import';
import { writeLexicalPages } from './lexical-page';
import { rendererJsSize } from './js-size';
import { typingText } from './keys';
import { heapMB, launchBrowser, openBare, openLexical, openOurs, placeCaret, readLook, typeMeasured, type MeasuredPage, type Where } from './pages';
import { fmt, goalsTable, table, typingTable } from './report';
import { round } from './stats';
import { chosenAreas, runAreas } from './areas';
import { headline, lexicalNumbers, loadMilestones, readyMs, rows, type PageKind, type Scenario, type TypingResult } from './summary';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT_RENDERER = join(ROOT, 'out/renderer');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const KEYS = Number(process.env.BENCH_KEYS ?? 300);
const HEAP_KEYS = Number(process.env.BENCH_HEAP_KEYS ?? 2000);
const PROFILE = process.env.BENCH_PROFILE === '1';
/** Between painted keystrokes: a fast typist, with no time for idle work to hide in. */
const GAP_MS = 10;
/**
 * Plus a random wait of up to one frame (seeded, the same for every page), so that keys land
 * anywhere in the frame as a typist's do. Without it every key arrives at the same point of
 * the frame, and the paint p95 says only whether that one point is early enough.
 */
const JITTER_MS = Number(process.env.BENCH_JITTER_MS ?? 1000 / 60);
const BARE_CSS = process.env.BENCH_BARE_CSS ?? '';
/** Longer than the history merge delay, so typing becomes separate undo steps. */
const HISTORY_PAUSE_MS = 1200;
const HISTORY_PAUSE_EVERY = 50;

const SCENARIOS: { scenario: Scenario; where: Where; long: boolean }[] = [
  { scenario: 'end', where: 'end', long: true },
  { scenario: 'middle', where: 'middle', long: true },
  { scenario: 'empty', where: 'start', long: false },
];

const log = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'soantin-bench-'));
  // A snapshot of the build: a rebuild in the working tree must not change the page mid-run.
  const RENDERER = join(work, 'renderer');
  cpSync(BUILT_RENDERER, RENDERER, { recursive: true });
  const ASSETS = join(RENDERER, 'assets');
  const js = rendererJsSize(ASSETS);
  const long = longArticle();
  const tail = long.paragraphs[long.paragraphs.length - 1].text.slice(-40);
  const draft = join(work, 'bai-dai.tinbai');
  await writeDraft(draft, long.article);

  const browser = await launchBrowser();
  const servers: StaticServer[] = [];
  try {
    const app = await serveRenderer(RENDERER);
    servers.push(app);
    type Urls = { long: string; empty: string };
    const openPage = (page: PageKind, isLong: boolean, urls: { bare: Urls; lexical: Urls }): Promise<MeasuredPage> =>
      page === 'ours'
        ? openOurs(browser, app.url, { launchFile: isLong ? draft : undefined, expectTail: isLong ? tail : '' })
        : page === 'lexical'
          ? openLexical(browser, isLong ? urls.lexical.long : urls.lexical.empty, isLong ? tail : '')
          : openBare(browser, isLong ? urls.bare.long : urls.bare.empty, isLong ? tail : '');

    // Warm-up (compile caches, font files) and the app's text metrics for the bare page.
    let look: TextLook = DEFAULT_LOOK;
    const profiles: { scenario: string; hot: ReturnType<typeof hotFunctions> }[] = [];
    let oursProblem: string | null = null;
    try {
      const warm = await openOurs(browser, app.url, { launchFile: draft, expectTail: tail });
      look = await readLook(warm.page);
      await warm.close();
      if (PROFILE) {
        const profiled = await openOurs(browser, app.url, { launchFile: draft, expectTail: tail, profileLoad: true });
        await profiled.close();
        if (profiled.loadProfile) {
          saveRaw('profile-load-long.cpuprofile', profiled.loadProfile);
          profiles.push({ scenario: 'load (long draft)', hot: hotFunctions(profiled.loadProfile) });
        }
      }
    } catch (error) {
      oursProblem = error instanceof Error ? error.message : String(error);
      log(`our editor could not be measured: ${oursProblem}`);
    }
    const bare = await serveRenderer(writeBarePages(long.paragraphs, look, ASSETS, BARE_CSS));
    servers.push(bare);
    const lexical = await serveRenderer(await writeLexicalPages(long.article.body, look, ASSETS));
    servers.push(lexical);
    const pageUrls = (url: string): Urls => ({ long: url, empty: url.replace(/index\.html$/, 'empty.html') });
    const urls = { bare: pageUrls(bare.url), lexical: pageUrls(lexical.url) };
    await (await openPage('lexical', true, urls)).close();
    await (await openPage('bare', true, urls)).close();

    log(`Soạn Tin benchmark — Chromium ${browser.version()}, ${cpus().length} cores, ${long.words} words, ${KEYS} keys × ${RUNS} runs`);
    log(`bare page text: ${look.fontSize} / ${look.lineHeight} ${look.fontFamily}, ${look.width}px wide`);

    const text = typingText(KEYS);
    const results: TypingResult[] = [];
    for (let run = 1; run <= RUNS; run++) {
      for (const { scenario, where, long: isLong } of SCENARIOS) {
        for (const page of ['ours', 'lexical', 'bare'] as const) {
          if (page === 'ours' && oursProblem) continue;
          const measured = await openPage(page, isLong, urls);
          try {
            await placeCaret(measured.page, where);
            const profiling = PROFILE && run === 1 && page === 'ours';
            if (profiling) await startProfile(measured.cdp);
            const samples = await typeMeasured(measured, text, { gapMs: GAP_MS, jitterMs: JITTER_MS });
            if (profiling) {
              const profile = await stopProfile(measured.cdp);
              saveRaw(`profile-${scenario}.cpuprofile`, profile);
              profiles.push({ scenario, hot: hotFunctions(profile) });
            }
            results.push({ run, scenario, page, ready: measured.ready, samples });
          } finally {
            await measured.close();
          }
        }
      }
      log(`run ${run}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)`);
    }

    const heap = await measureHeap((page) => openPage(page, true, urls), oursProblem === null);
    // Import and legacy conversion run in Node, after the pages are closed (npm run bench:import alone).
    const legacy = { imported: await benchImport(), converted: await benchConvert() };
    log();
    report(results, heap, js, profiles, browser, started, oursProblem, legacy);
  } finally {
    for (const server of servers) await server.close();
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

interface HeapNumbers {
  oursLoadedMB: number;
  oursAfterTypingMB: number;
  bareLoadedMB: number;
  /** The minimal Lexical page after load only: it skips the typing, to keep the run short. */
  lexicalLoadedMB: number;
}

/** Our page with the long draft: heap after load, then after HEAP_KEYS keys typed in bursts. */
async function measureHeap(open: (page: PageKind) => Promise<MeasuredPage>, withOurs: boolean): Promise<HeapNumbers> {
  const bare = await open('bare');
  const bareLoadedMB = await heapMB(bare.cdp);
  await bare.close();
  const lexical = await open('lexical');
  const lexicalLoadedMB = await heapMB(lexical.cdp);
  await lexical.close();
  if (!withOurs) return { oursLoadedMB: Number.NaN, oursAfterTypingMB: Number.NaN, bareLoadedMB, lexicalLoadedMB };
  const ours = await open('ours');
  try {
    const oursLoadedMB = await heapMB(ours.cdp);
    await placeCaret(ours.page, 'end');
    await typeMeasured(ours, typingText(HEAP_KEYS), { gapMs: 0, pauseEvery: HISTORY_PAUSE_EVERY, pauseMs: HISTORY_PAUSE_MS });
    return { oursLoadedMB, oursAfterTypingMB: await heapMB(ours.cdp), bareLoadedMB, lexicalLoadedMB };
  } finally {
    await ours.close();
  }
}

function saveRaw(name: string, data: unknown): string {
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

function report(
  results: TypingResult[],
  heap: HeapNumbers,
  js: ReturnType<typeof rendererJsSize>,
  profiles: { scenario: string; hot: ReturnType<typeof hotFunctions> }[],
  browser: Browser,
  started: number,
  oursProblem: string | null,
  legacy: { imported: ImportNumbers; converted: ConvertNumbers },
): void {
  log(`Typing ${KEYS} characters, one real key event each (median of ${RUNS} runs; ms from keydown):`);
  log(typingTable(rows(results)));
  log();
  const bareReady = readyMs(results, 'bare');
  const oursReady = readyMs(results, 'ours');
  const lexical = lexicalNumbers(results);
  log('Ready to type (ms from navigation start to the painted, editable editor holding the draft;');
  log('the Lexical page fetches its JSON state from its loopback server after its script runs):');
  log(table(['document', 'ours', 'lexical', 'bare'], [
    ['empty', fmt(oursReady.empty, 0), fmt(lexical.readyMs.empty, 0), fmt(bareReady.empty, 0)],
    ['long (20,000 words)', fmt(oursReady.long, 0), fmt(lexical.readyMs.long, 0), fmt(bareReady.long, 0)],
  ]));
  log();
  log('Where the load time goes (median ms from navigation start):');
  const loads = (['ours', 'lexical', 'bare'] as const).flatMap((page) => [false, true].map((isLong) => ({ page, isLong, m: loadMilestones(results, page, isLong) })));
  log(table(['page', 'document', 'html loaded', 'js loaded', 'DOMContentLoaded', 'editable + content', 'painted'],
    loads.map(({ page, isLong, m }) => [page, isLong ? 'long' : 'empty', fmt(m.htmlLoaded, 0), fmt(m.scriptLoaded, 0), fmt(m.domContentLoaded, 0), fmt(m.editable, 0), fmt(m.painted, 0)])));
  log();
  log(`JS heap (MB, after GC): ours loaded ${fmt(heap.oursLoadedMB)}, ours after ${HEAP_KEYS} keys ${fmt(heap.oursAfterTypingMB)}, lexical loaded ${fmt(heap.lexicalLoadedMB)}, bare loaded ${fmt(heap.bareLoadedMB)}`);
  log(`Renderer JS (gzip -9): ${js.files.map((f) => `${f.name} ${fmt(f.gzipBytes / 1024, 1)} KB`).join(', ')}; total ${fmt(js.gzipKB, 1)} KB`);
  log(
    `Import (.docx, 60 pages, ${legacy.imported.photos} photos, median of ${legacy.imported.runs}): ${fmt(legacy.imported.docxImportMs, 0)} ms, ` +
      `of which photos ${fmt(legacy.imported.photosMs, 0)} ms; TCVN3 → Unicode, ${legacy.converted.words} words: ${fmt(legacy.converted.convert20kMs, 2)} ms (goal ≤ ${CONVERT_GOAL_MS})`,
  );
  for (const { scenario, hot } of profiles) {
    log();
    log(`Where our page spent its time (${scenario}, CPU profile, top by self time):`);
    log(table(['function', 'where', 'self ms', 'total ms'], hot.map((h) => [h.name, h.where, fmt(h.selfMs, 1), fmt(h.totalMs, 1)])));
  }

  const numbers = headline(results, heap.oursAfterTypingMB, js.gzipKB);
  const goals = judge(numbers);
  log();
  log(goalsTable(goals));
  log(`Editor done with the key, p50 against bare (not a goal): ours ×${fmt(numbers.doneP50Ratio)}, minimal Lexical ×${fmt(lexical.doneP50Ratio)}`);
  log(`Minimal Lexical page against bare (not a goal): syncP50Ratio ${fmt(lexical.syncP50Ratio)}, p95Ratio ${fmt(lexical.p95Ratio)}, emptySyncP50DeltaMs ${fmt(lexical.emptySyncP50DeltaMs)}`);
  const failed = Object.entries(goals).filter(([, v]) => !v.pass).map(([k]) => k);
  log(failed.length ? `FAIL: ${failed.join(', ')}` : 'All goals met.');
  if (oursProblem) log(`FAIL: our editor was not measured (${oursProblem})`);
  const seconds = Math.round((Date.now() - started) / 1000);
  log(`(${seconds} s)`);

  const areas = runAreas(chosenAreas(process.env.BENCH_AREAS), log);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const rawPath = saveRaw(`bench-${stamp}.json`, { chromium: browser.version(), cores: cpus().length, keys: KEYS, runs: RUNS, results, heap, js, numbers, goals });
  log(`raw results: ${rawPath}`);
  const r2 = (v: number) => round(v, 3);
  log(
    JSON.stringify({
      p95Ratio: r2(numbers.p95Ratio),
      syncP50Ratio: r2(numbers.syncP50Ratio),
      doneP50Ratio: r2(numbers.doneP50Ratio),
      emptySyncP50DeltaMs: r2(numbers.emptySyncP50DeltaMs),
      readyMs: { empty: r2(numbers.readyMs.empty), long: r2(numbers.readyMs.long) },
      readyVsLexical: { empty: r2(numbers.readyVsLexical.empty), long: r2(numbers.readyVsLexical.long) },
      heapMB: r2(numbers.heapMB),
      jsGzipKB: r2(numbers.jsGzipKB),
      docxImportMs: round(legacy.imported.docxImportMs, 1),
      convert20kMs: r2(legacy.converted.convert20kMs),
      goals: Object.fromEntries(Object.entries(goals).map(([k, v]) => [k, v.pass ? 'pass' : 'fail'])),
      bare: { readyMs: { empty: r2(bareReady.empty), long: r2(bareReady.long) }, heapMB: r2(heap.bareLoadedMB) },
      lexical: {
        syncP50Ratio: r2(lexical.syncP50Ratio),
        doneP50Ratio: r2(lexical.doneP50Ratio),
        p95Ratio: r2(lexical.p95Ratio),
        emptySyncP50DeltaMs: r2(lexical.emptySyncP50DeltaMs),
        readyMs: { empty: r2(lexical.readyMs.empty), long: r2(lexical.readyMs.long) },
        heapMB: r2(heap.lexicalLoadedMB),
        ms: Object.fromEntries(Object.entries(lexical.scenarios).map(([k, v]) => [k, { syncP50: r2(v.syncP50), syncP95: r2(v.syncP95), doneP50: r2(v.doneP50), paintP50: r2(v.paintP50), paintP95: r2(v.paintP95) }])),
      },
      areas,
      chromium: browser.version(),
      cores: cpus().length,
      seconds,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
