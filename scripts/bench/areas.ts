// The area benchmarks that `npm run bench` runs after typing, each in its own process (so one
// area's memory and threads never colour another's): find, export, photos (import and legacy
// conversion run inside run.ts itself). Each prints its own table; its last line, one JSON
// object, is gathered here.
//   BENCH_AREAS=photos,export  only those;  BENCH_AREAS=none  typing only.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const BENCH_AREAS = ['find', 'export', 'photos'] as const;
export type BenchArea = (typeof BENCH_AREAS)[number];

/** Which areas to run, from BENCH_AREAS ("none", a list, or unset for all). */
export function chosenAreas(setting: string | undefined): BenchArea[] {
  if (setting === undefined || setting.trim() === '') return [...BENCH_AREAS];
  if (setting.trim() === 'none') return [];
  const asked = setting.split(',').map((name) => name.trim());
  return BENCH_AREAS.filter((area) => asked.includes(area));
}

/** The last line of a benchmark's output, read as its JSON numbers; null when it printed none. */
export function lastJsonLine(output: string): Record<string, unknown> | null {
  const line = output.trimEnd().split('\n').pop() ?? '';
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function runAreas(areas: readonly BenchArea[], log: (line?: string) => void): Record<string, Record<string, unknown> | { error: string }> {
  const tsx = join(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs');
  const numbers: Record<string, Record<string, unknown> | { error: string }> = {};
  for (const area of areas) {
    log(`── ${area} ${'─'.repeat(60)}`);
    const run = spawnSync(process.execPath, [tsx, join(import.meta.dirname, `${area}.ts`)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const output = run.stdout ?? '';
    for (const line of output.trimEnd().split('\n').slice(0, -1)) log(line);
    const json = run.status === 0 ? lastJsonLine(output) : null;
    numbers[area] = json ?? { error: (run.stderr || `exit ${run.status}`).trim().split('\n').slice(-1)[0] };
    if (!json) log(`${area}: not measured (${(numbers[area] as { error: string }).error})`);
    log();
  }
  return numbers;
}
