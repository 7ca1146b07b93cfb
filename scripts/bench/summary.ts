import type { Headline } from './goals';
import { median, spread, type Spread } from './stats';

/** From raw keystroke samples to the numbers the goals are judged on. Pure. */

export type PageKind = 'ours' | 'bare';
export type Scenario = 'end' | 'middle' | 'empty';

export interface TypingResult {
  run: number;
  scenario: Scenario;
  page: PageKind;
  /** ms from navigation start: editable with content (dom), and painted (paint). */
  ready: { dom: number; paint: number; timeline?: { htmlLoaded: number; scriptLoaded: number; domContentLoaded: number } };
  samples: { sync: number; paint: number }[];
}

export interface ScenarioRow {
  scenario: Scenario;
  page: PageKind | 'ratio';
  syncP50: number;
  syncP95: number;
  paintP50: number;
  paintP95: number;
  missing: number;
}

interface RunStats {
  sync: Spread;
  paint: Spread;
}

function statsOf(result: TypingResult): RunStats {
  return { sync: spread(result.samples.map((s) => s.sync)), paint: spread(result.samples.map((s) => s.paint)) };
}

function runsOf(results: readonly TypingResult[], scenario: Scenario, page: PageKind): Map<number, RunStats> {
  return new Map(results.filter((r) => r.scenario === scenario && r.page === page).map((r) => [r.run, statsOf(r)]));
}

/** For each run where both pages were measured, f(ours, bare); then the median over runs. */
function medianOverRuns(results: readonly TypingResult[], scenarios: readonly Scenario[], f: (ours: RunStats, bare: RunStats) => number, combine: (values: number[]) => number): number {
  const perScenario = scenarios.map((s) => ({ ours: runsOf(results, s, 'ours'), bare: runsOf(results, s, 'bare') }));
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

export function rows(results: readonly TypingResult[]): ScenarioRow[] {
  const out: ScenarioRow[] = [];
  for (const scenario of ['end', 'middle', 'empty'] as const) {
    const perPage = (['ours', 'bare'] as const).map((page) => {
      const runs = [...runsOf(results, scenario, page).values()];
      return {
        scenario,
        page,
        syncP50: median(runs.map((r) => r.sync.p50)),
        syncP95: median(runs.map((r) => r.sync.p95)),
        paintP50: median(runs.map((r) => r.paint.p50)),
        paintP95: median(runs.map((r) => r.paint.p95)),
        missing: runs.reduce((sum, r) => sum + r.sync.missing, 0),
      } satisfies ScenarioRow;
    });
    out.push(...perPage);
    const [ours, bare] = perPage;
    out.push({
      scenario,
      page: 'ratio',
      syncP50: ours.syncP50 / bare.syncP50,
      syncP95: ours.syncP95 / bare.syncP95,
      paintP50: ours.paintP50 / bare.paintP50,
      paintP95: ours.paintP95 / bare.paintP95,
      missing: 0,
    });
  }
  return out;
}

export function readyMs(results: readonly TypingResult[], page: PageKind): { empty: number; long: number } {
  const of = (long: boolean) =>
    median(results.filter((r) => r.page === page && (r.scenario === 'empty') !== long).map((r) => r.ready.paint));
  return { empty: of(false), long: of(true) };
}

export function headline(results: readonly TypingResult[], heapMB: number, jsGzipKB: number): Headline {
  return {
    p95Ratio: medianOverRuns(results, ['end', 'middle'], (o, b) => o.paint.p95 / b.paint.p95, worse),
    syncP50Ratio: medianOverRuns(results, ['end', 'middle'], (o, b) => o.sync.p50 / b.sync.p50, worse),
    emptySyncP50DeltaMs: medianOverRuns(results, ['empty'], (o, b) => o.sync.p50 - b.sync.p50, only),
    readyMs: readyMs(results, 'ours'),
    heapMB,
    jsGzipKB,
  };
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
