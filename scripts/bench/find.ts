/**
 * npx tsx scripts/bench/find.ts: how long find takes per keystroke in the find field on a whole
 * long article (~20,000 words of news copy, the generated article the editor bench types in),
 * with the default options (tone marks and case ignored). Two measures, median of the timed runs:
 *   search   the query looked for in the already folded text (a keystroke while the text is unchanged)
 *   fold+search  the text folded afresh, then searched (a keystroke after the article changed)
 * find20kMs is the worst fold+search over the queries: the bound a keystroke can meet. Goal ≤ 30 ms.
 * Prints a table, then one JSON object as the last line. Knob: BENCH_FIND_RUNS (default 31).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_FIND_OPTIONS, findInFolded, foldText } from '../../shared/text/find';
import { longArticle } from '../../tests/fixtures/long-article';
import { table } from './report';
import { median, round } from './stats';

const RUNS = Number(process.env.BENCH_FIND_RUNS ?? 31);
const WARM_UP = 5;
const WORDS = 20_000;
export const FIND_GOAL_MS = 30;

/** What an officer types, letter by letter: a word with tone marks left off, one typed with them, a single letter (the most matches). */
const QUERIES = ['h', 'hoi ngh', 'hoi nghi', 'Thủy', 'ty dong', 'không có trong bài'];

function timed(work: () => number): number {
  let sink = 0;
  for (let i = 0; i < WARM_UP; i += 1) sink += work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    sink += work();
    samples.push(performance.now() - started);
  }
  if (sink < 0) throw new Error('unreachable');
  return median(samples);
}

export interface FindNumbers {
  find20kMs: number;
  search20kMs: number;
  fold20kMs: number;
  words: number;
  chars: number;
  runs: number;
  rows: { query: string; matches: number; searchMs: number; foldSearchMs: number }[];
}

export async function benchFind(): Promise<FindNumbers> {
  const { paragraphs, words } = longArticle({ words: WORDS });
  const text = paragraphs.map((p) => p.text).join('\n');
  const options = DEFAULT_FIND_OPTIONS;
  const folded = foldText(text, options);
  const hits = findInFolded(folded, 'hoi nghi', options);
  if (hits.length === 0 || !/^hội nghị$/i.test(text.slice(hits[0]!.start, hits[0]!.end))) throw new Error('the find bench measured a wrong result: "hoi nghi" does not find "Hội nghị"');
  const rows = QUERIES.map((query) => ({
    query,
    matches: findInFolded(folded, query, options).length,
    searchMs: timed(() => findInFolded(folded, query, options).length),
    foldSearchMs: timed(() => findInFolded(foldText(text, options), query, options).length),
  }));
  return {
    find20kMs: Math.max(...rows.map((r) => r.foldSearchMs)),
    search20kMs: Math.max(...rows.map((r) => r.searchMs)),
    fold20kMs: timed(() => foldText(text, options).folded.length),
    words,
    chars: text.length,
    runs: RUNS,
    rows,
  };
}

async function main(): Promise<void> {
  const n = await benchFind();
  const ms = (v: number) => round(v, 3).toFixed(3);
  process.stdout.write(`Find, ${n.words} words (${n.chars} characters), tone marks and case ignored, median of ${n.runs} runs\n\n`);
  process.stdout.write(
    `${table(
      ['query', 'matches', 'search ms', 'fold+search ms', 'verdict'],
      n.rows.map((r) => [JSON.stringify(r.query), String(r.matches), ms(r.searchMs), ms(r.foldSearchMs), r.foldSearchMs <= FIND_GOAL_MS ? 'pass' : 'FAIL']),
    )}\n\nfold alone: ${ms(n.fold20kMs)} ms; goal ≤ ${FIND_GOAL_MS} ms per keystroke\n\n`,
  );
  const r = (v: number) => round(v, 3);
  process.stdout.write(`${JSON.stringify({ find20kMs: r(n.find20kMs), search20kMs: r(n.search20kMs), fold20kMs: r(n.fold20kMs), words: n.words, chars: n.chars, runs: n.runs })}\n`);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
