import { describe, expect, it } from 'vitest';
import { judge } from '../../../scripts/bench/goals';
import { keyCodeOf, typingText } from '../../../scripts/bench/keys';
import { percentile } from '../../../scripts/bench/stats';
import { seededRandom } from '../../fixtures/seeded-random';
import { headline, type TypingResult } from '../../../scripts/bench/summary';
import { barePageHtml } from '../../../scripts/bench/bare-page';

const samples = (sync: number, paint: number, n = 20) => Array.from({ length: n }, () => ({ sync, paint }));
const result = (run: number, scenario: TypingResult['scenario'], page: TypingResult['page'], sync: number, paint: number, readyPaint = 100): TypingResult => ({
  run,
  scenario,
  page,
  ready: { dom: readyPaint - 10, paint: readyPaint },
  samples: samples(sync, paint),
});

describe('benchmark arithmetic', () => {
  it('interpolates percentiles and ignores keystrokes that were never seen', () => {
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile([1, Number.NaN, 3], 50)).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });

  it('takes the worse of end and middle per run, then the median of runs', () => {
    const results: TypingResult[] = [];
    // Paint p95 ratios per run: end 1.0/1.1/3.0, middle 1.2/1.0/1.0 -> worse 1.2, 1.1, 3.0 -> median 1.2.
    const paints = [
      [20, 24],
      [22, 20],
      [60, 20],
    ];
    paints.forEach(([end, middle], i) => {
      results.push(result(i + 1, 'end', 'ours', 5, end), result(i + 1, 'end', 'bare', 4, 20));
      results.push(result(i + 1, 'middle', 'ours', 4, middle), result(i + 1, 'middle', 'bare', 4, 20));
      results.push(result(i + 1, 'empty', 'ours', 3, 10, 300), result(i + 1, 'empty', 'bare', 1, 10, 50));
      results.push(result(i + 1, 'empty', 'lexical', 2, 10, 200), result(i + 1, 'end', 'lexical', 4, 20, 80));
    });
    const h = headline(results, 12, 200);
    // Start-up against the minimal Lexical page of the same run: ×1.5 empty fails, ×1.25 long fails too.
    expect(h.readyVsLexical.empty).toBeCloseTo(1.5);
    expect(h.readyVsLexical.long).toBeCloseTo(100 / 80);
    expect(h.p95Ratio).toBeCloseTo(1.2);
    expect(h.syncP50Ratio).toBeCloseTo(1.25);
    expect(h.emptySyncP50DeltaMs).toBeCloseTo(2);
    expect(h.readyMs).toEqual({ empty: 300, long: 100 });
    const goals = judge(h);
    expect(goals.p95Ratio.pass).toBe(true);
    expect(goals.syncP50Ratio.pass).toBe(false);
    expect(goals.emptySyncP50DeltaMs.pass).toBe(false);
    expect(goals.heapMB.pass).toBe(true);
    expect(goals['readyVsLexical.empty'].pass).toBe(false);
  });

  it('reports the editor-done ratio beside the sync goal, from its own samples', () => {
    const run = (page: TypingResult['page'], sync: number, done: number): TypingResult[] =>
      (['end', 'middle', 'empty'] as const).map((scenario) => ({
        run: 1,
        scenario,
        page,
        ready: { dom: 1, paint: 2 },
        samples: Array.from({ length: 10 }, () => ({ sync, done, paint: 10 })),
      }));
    const h = headline([...run('ours', 3.3, 4.5), ...run('bare', 3, 3)], 10, 100);
    expect(h.syncP50Ratio).toBeCloseTo(1.1);
    expect(h.doneP50Ratio).toBeCloseTo(1.5);
    expect(judge(h).syncP50Ratio.pass).toBe(true);
    expect(judge(h)).not.toHaveProperty('doneP50Ratio');
  });

  it('fails a goal it could not measure', () => {
    const h = headline([], Number.NaN, 100);
    const goals = judge(h);
    expect(goals.p95Ratio.pass).toBe(false);
    expect(goals.heapMB.pass).toBe(false);
    expect(goals.jsGzipKB.pass).toBe(true);
  });
});

describe('what the benchmark types and shows', () => {
  it('waits between keys by a seeded random source: the same waits on every run, within [0, 1)', () => {
    const a = seededRandom(2026);
    const b = seededRandom(2026);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
    // Spread over the whole frame, not bunched at one point of it.
    expect(first.filter((v) => v < 0.5).length).toBeGreaterThan(400);
    expect(first.filter((v) => v < 0.5).length).toBeLessThan(600);
    expect(seededRandom(7)()).not.toBe(first[0]);
  });

  it('types real Vietnamese with tone marks, cut to the asked length in characters', () => {
    const text = typingText(300);
    expect([...text]).toHaveLength(300);
    expect(text).toBe(text.normalize('NFC'));
    expect(text.startsWith('Phát biểu chỉ đạo hội nghị')).toBe(true);
  });

  it('gives ASCII keys their physical key and Vietnamese letters none', () => {
    expect(keyCodeOf('a')).toEqual({ code: 'KeyA', keyCode: 65 });
    expect(keyCodeOf(' ')).toEqual({ code: 'Space', keyCode: 32 });
    expect(keyCodeOf('ệ')).toEqual({ code: '', keyCode: 0 });
  });

  it('puts the same text in the bare page, escaped', () => {
    const html = barePageHtml([{ kind: 'h2', text: 'A & B' }, { kind: 'p', text: 'x < y' }]);
    expect(html).toContain('<h2>A &amp; B</h2>');
    expect(html).toContain('<p>x &lt; y</p>');
    expect(barePageHtml([])).toContain('<p><br></p>');
  });
});
