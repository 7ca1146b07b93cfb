import type { Headline } from './goals';
import { median, spread, type Spread } from './stats';

/** From raw keystroke samples to the numbers the goals are judged on. Pure. */

/** Our app, the minimal Lexical page (LexicalComposer + RichText + History), the bare contenteditable. */
export type PageKind = 'ours' | 'lexical' | 'bare';
export type Scenario = 'end' | 'middle' | 'empty';

export interface TypingResult {
  run: number;
  scenario: Scenario;
  page: PageKind;
  /** ms from navigation start: editable with content (dom), and painted (paint). */
  ready: { dom: number; paint: number; timeline?: { htmlLoaded: number; scriptLoaded: number; domContentLoaded: number } };
  /** sync: the DOM holds the key; done: the editor is done with it too; paint: the frame showing it. */
  samples: { sync: number; done?: number; paint: number }[];
}

export interface ScenarioRow {
  scenario: Scenario;
  /** 'ratio' is ours/bare, 'lexical ratio' lexical/bare. */
  page: PageKind | 'ratio' | 'lexical ratio';
  syncP50: number;
  syncP95: number;
  doneP50: number;
  paintP50: number;
  paintP95: number;
  missing: number;
}

interface RunStats {
  sync: Spread;
  done: Spread;
  paint: Spread;
}

function statsOf(result: TypingResult): RunStats {
  return {
    sync: spread(result.samples.map((s) => s.sync)),
    done: spread(result.samples.map((s) => s.done ?? Number.NaN)),
    paint: spread(result.samples.map((s) => s.paint)),
  };
}

function runsOf(results: readonly TypingResult[], scenario: Scenario, page: PageKind): Map<number, RunStats> {
  return new Map(results.filter((r) => r.scenario === scenario && r.page === page).map((r) => [r.run, statsOf(r)]));
}

/** For each run where both pages were measured, f(page, bare); then the median over runs. */
function medianOverRuns(results: readonly TypingResult[], scenarios: readonly Scenario[], f: (ours: RunStats, bare: RunStats) => number, combine: (values: number[]) => number, page: PageKind = 'ours'): number {
  const perScenario = scenarios.map((s) => ({ ours: runsOf(results, s, page), bare: runsOf(results, s, 'bare') }));
  const runs = [...new Set(results.map((r) => r.run))];
  const values: number[] = [];
  for (const run of runs) {
    const parts = perScenario.map(({ ours, bare }) => {
      const o = ours.get(run);
      const b = bare.get(run);
      return o && b ? f(o, b) : Number.NaN;
    });
    if (parts.every(Number.isFinite)) values.push(combine(parts));
  }
  return median(values);
}

const worse = (values: number[]) => Math.max(...values);
const only = (values: number[]) => values[0];

function pageRow(results: readonly TypingResult[], scenario: Scenario, page: PageKind): ScenarioRow {
  const runs = [...runsOf(results, scenario, page).values()];
  return {
    scenario,
    page,
    syncP50: median(runs.map((r) => r.sync.p50)),
    syncP95: median(runs.map((r) => r.sync.p95)),
    doneP50: median(runs.map((r) => r.done.p50)),
    paintP50: median(runs.map((r) => r.paint.p50)),
    paintP95: median(runs.map((r) => r.paint.p95)),
    missing: runs.reduce((sum, r) => sum + r.sync.missing, 0),
  };
}

function ratioRow(label: 'ratio' | 'lexical ratio', of: ScenarioRow, bare: ScenarioRow): ScenarioRow {
  return {
    scenario: of.scenario,
    page: label,
    syncP50: of.syncP50 / bare.syncP50,
    syncP95: of.syncP95 / bare.syncP95,
    doneP50: of.doneP50 / bare.doneP50,
    paintP50: of.paintP50 / bare.paintP50,
    paintP95: of.paintP95 / bare.paintP95,
    missing: 0,
  };
}

/** Per scenario: ours, lexical (when measured), bare, then ours/bare and lexical/bare. */
export function rows(results: readonly TypingResult[]): ScenarioRow[] {
  const withLexical = results.some((r) => r.page === 'lexical');
  const out: ScenarioRow[] = [];
  for (const scenario of ['end', 'middle', 'empty'] as const) {
    const ours = pageRow(results, scenario, 'ours');
    const bare = pageRow(results, scenario, 'bare');
    const lexical = withLexical ? pageRow(results, scenario, 'lexical') : null;
    out.push(ours, ...(lexical ? [lexical] : []), bare, ratioRow('ratio', ours, bare));
    if (lexical) out.push(ratioRow('lexical ratio', lexical, bare));
  }
  return out;
}

export function readyMs(results: readonly TypingResult[], page: PageKind): { empty: number; long: number } {
  const of = (long: boolean) =>
    median(results.filter((r) => r.page === page && (r.scenario === 'empty') !== long).map((r) => r.ready.paint));
  return { empty: of(false), long: of(true) };
}

/** A page against the bare one: the ratios the goals are judged on, and its ready times. */
function againstBare(results: readonly TypingResult[], page: PageKind) {
  return {
    p95Ratio: medianOverRuns(results, ['end', 'middle'], (o, b) => o.paint.p95 / b.paint.p95, worse, page),
    syncP50Ratio: medianOverRuns(results, ['end', 'middle'], (o, b) => o.sync.p50 / b.sync.p50, worse, page),
    doneP50Ratio: medianOverRuns(results, ['end', 'middle'], (o, b) => o.done.p50 / b.done.p50, worse, page),
    emptySyncP50DeltaMs: medianOverRuns(results, ['empty'], (o, b) => o.sync.p50 - b.sync.p50, only, page),
    readyMs: readyMs(results, page),
  };
}

export function headline(results: readonly TypingResult[], heapMB: number, jsGzipKB: number): Headline {
  const ours = againstBare(results, 'ours');
  const lexical = readyMs(results, 'lexical');
  const readyVsLexical = { empty: ours.readyMs.empty / lexical.empty, long: ours.readyMs.long / lexical.long };
  return { ...ours, readyVsLexical, heapMB, jsGzipKB };
}

/** Median load milestones of one page and document, ms from navigation start. */
export function loadMilestones(results: readonly TypingResult[], page: PageKind, long: boolean): Record<string, number> {
  const mine = results.filter((r) => r.page === page && (r.scenario === 'empty') !== long);
  const of = (pick: (r: TypingResult) => number | undefined) => median(mine.map((r) => pick(r) ?? Number.NaN));
  return {
    htmlLoaded: of((r) => r.ready.timeline?.htmlLoaded),
    scriptLoaded: of((r) => r.ready.timeline?.scriptLoaded),
    domContentLoaded: of((r) => r.ready.timeline?.domContentLoaded),
    editable: of((r) => r.ready.dom),
    painted: of((r) => r.ready.paint),
  };
}

/** The minimal Lexical page against the bare one, by the same rules as our headline numbers. */
export interface LexicalNumbers {
  p95Ratio: number;
  syncP50Ratio: number;
  doneP50Ratio: number;
  emptySyncP50DeltaMs: number;
  readyMs: { empty: number; long: number };
  scenarios: Record<Scenario, { syncP50: number; syncP95: number; doneP50: number; paintP50: number; paintP95: number }>;
}

export function lexicalNumbers(results: readonly TypingResult[]): LexicalNumbers {
  const scenarios = {} as LexicalNumbers['scenarios'];
  for (const scenario of ['end', 'middle', 'empty'] as const) {
    const { syncP50, syncP95, doneP50, paintP50, paintP95 } = pageRow(results, scenario, 'lexical');
    scenarios[scenario] = { syncP50, syncP95, doneP50, paintP50, paintP95 };
  }
  return { ...againstBare(results, 'lexical'), scenarios };
}
