/**
 * npx tsx scripts/bench/convert.ts: how long the legacy-encoding layer takes on a whole long
 * article (~20,000 words of news copy, the same generated article the editor bench types in).
 * The article is encoded to TCVN3 and VNI with our encoders, then each conversion runs after
 * a warm-up; the median of the timed runs is reported. Goal: each ≤ 20 ms.
 * Prints a table, then one JSON object as the last line.
 * Knob: BENCH_CONVERT_RUNS (timed runs, default 31).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectLegacyEncoding } from '../../shared/text/legacy/detect';
import { toTcvn3, toVni } from '../../shared/text/legacy/encode';
import { fromTcvn3 } from '../../shared/text/legacy/tcvn3';
import { convertToneStyle, detectToneStyle } from '../../shared/text/legacy/tone-style';
import { fromVni } from '../../shared/text/legacy/vni';
import { longArticle } from '../../tests/fixtures/long-article';
import { table } from './report';
import { median, round } from './stats';

const RUNS = Number(process.env.BENCH_CONVERT_RUNS ?? 31);
const WARM_UP = 5;
const WORDS = 20_000;
export const CONVERT_GOAL_MS = 20;

export interface ConvertNumbers {
  convert20kMs: number;
  vni20kMs: number;
  toneStyle20kMs: number;
  detect20kMs: number;
  words: number;
  chars: number;
  runs: number;
}

/** Median milliseconds of `work` over RUNS runs, after a warm-up; `work` returns its result so it is not optimised away. */
function timed(work: () => unknown): number {
  let sink = 0;
  for (let i = 0; i < WARM_UP; i += 1) sink += String(work()).length;
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    sink += String(work()).length;
    samples.push(performance.now() - started);
  }
  if (sink < 0) throw new Error('unreachable');
  return median(samples);
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`the conversion bench measured a wrong result: ${what}`);
}

export async function benchConvert(): Promise<ConvertNumbers> {
  const { paragraphs, words } = longArticle({ words: WORDS });
  const unicode = paragraphs.map((p) => p.text).join('\n');
  // One run in the normal font, as a pasted article arrives: toned capitals are at the lower-case positions.
  const tcvn3 = toTcvn3(unicode);
  const vni = toVni(unicode);

  check(fromTcvn3(tcvn3).toLowerCase() === unicode.toLowerCase(), 'TCVN3 does not read back as the article');
  check(fromVni(vni) === unicode, 'VNI does not read back as the article');
  const style = detectToneStyle(unicode);
  check(style.old > 0 && style.new === 0, 'the article is expected in the old tone style');
  check(convertToneStyle(convertToneStyle(unicode, 'new'), 'old') === unicode, 'tone style does not round-trip');
  check(detectLegacyEncoding(tcvn3).encoding === 'tcvn3', 'TCVN3 is not detected');

  return {
    convert20kMs: timed(() => fromTcvn3(tcvn3)),
    vni20kMs: timed(() => fromVni(vni)),
    toneStyle20kMs: timed(() => convertToneStyle(unicode, 'new')),
    detect20kMs: timed(() => detectLegacyEncoding(tcvn3).confidence),
    words,
    chars: unicode.length,
    runs: RUNS,
  };
}

async function main(): Promise<void> {
  const n = await benchConvert();
  const row = (name: string, ms: number, goal: boolean) => [name, round(ms, 3).toFixed(3), goal ? `≤ ${CONVERT_GOAL_MS}` : '', goal ? (ms <= CONVERT_GOAL_MS ? 'pass' : 'FAIL') : ''];
  process.stdout.write(`Legacy conversion, ${n.words} words (${n.chars} characters), median of ${n.runs} runs\n\n`);
  process.stdout.write(
    `${table(
      ['conversion', 'median ms', 'goal ms', 'verdict'],
      [
        row('TCVN3 → Unicode', n.convert20kMs, true),
        row('VNI → Unicode', n.vni20kMs, true),
        row('tone style old → new', n.toneStyle20kMs, true),
        row('detect (first 20,000 chars)', n.detect20kMs, false),
      ],
    )}\n\n`,
  );
  const r = (v: number) => round(v, 3);
  process.stdout.write(
    `${JSON.stringify({ convert20kMs: r(n.convert20kMs), vni20kMs: r(n.vni20kMs), toneStyle20kMs: r(n.toneStyle20kMs), detect20kMs: r(n.detect20kMs), words: n.words, chars: n.chars, runs: n.runs })}\n`,
  );
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
