import type { Verdict } from './goals';
import { round } from './stats';
import type { ScenarioRow } from './summary';

/** Plain-text tables for the terminal. */

const fmt = (v: number, digits = 2) => (Number.isFinite(v) ? round(v, digits).toFixed(digits) : 'n/a');

export function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function typingTable(rows: readonly ScenarioRow[]): string {
  return table(
    ['scenario', 'page', 'sync p50 ms', 'sync p95 ms', 'done p50 ms', 'paint p50 ms', 'paint p95 ms', 'no sync'],
    rows.map((r) => {
      const isRatio = r.page === 'ratio' || r.page === 'lexical ratio';
      const cell = (v: number) => (isRatio ? `×${fmt(v)}` : fmt(v));
      return [r.scenario, r.page, cell(r.syncP50), cell(r.syncP95), cell(r.doneP50), cell(r.paintP50), cell(r.paintP95), isRatio ? '' : String(r.missing)];
    }),
  );
}

export function goalsTable(verdicts: Record<string, Verdict>): string {
  return table(
    ['goal', 'measured', 'limit', 'verdict'],
    Object.entries(verdicts).map(([name, v]) => [name, fmt(v.value), `≤ ${v.limit}`, v.pass ? 'pass' : 'FAIL']),
  );
}

export { fmt };
