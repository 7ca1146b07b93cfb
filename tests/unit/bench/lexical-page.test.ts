import { describe, expect, it } from 'vitest';
import { lexicalPageHtml, LEXICAL_DOCUMENT, LEXICAL_SCRIPT } from '../../../scripts/bench/lexical-page';
import { lexicalNumbers, rows, type TypingResult } from '../../../scripts/bench/summary';

const result = (run: number, scenario: TypingResult['scenario'], page: TypingResult['page'], sync: number, paint: number, readyPaint = 100): TypingResult => ({
  run,
  scenario,
  page,
  ready: { dom: readyPaint - 10, paint: readyPaint },
  samples: Array.from({ length: 20 }, () => ({ sync, paint })),
});

describe('minimal Lexical page', () => {
  it('loads its script and the bare look, and names the document to fetch only on the long page', () => {
    const long = lexicalPageHtml(LEXICAL_DOCUMENT);
    expect(long).toContain(`<script type="module" src="${LEXICAL_SCRIPT}">`);
    expect(long).toContain('<link rel="stylesheet" href="bare.css">');
    expect(long).toContain(`<div id="root" data-doc="${LEXICAL_DOCUMENT}"></div>`);
    expect(lexicalPageHtml(null)).toContain('<div id="root"></div>');
    expect(lexicalPageHtml('a"b&c.json')).toContain('data-doc="a&quot;b&amp;c.json"');
  });

  it('puts the Lexical page between ours and bare, with its own ratio to bare', () => {
    const results = (['end', 'middle', 'empty'] as const).flatMap((s) => [
      result(1, s, 'ours', 4, 8),
      result(1, s, 'lexical', 3, 6),
      result(1, s, 'bare', 2, 4),
    ]);
    const end = rows(results).filter((r) => r.scenario === 'end');
    expect(end.map((r) => r.page)).toEqual(['ours', 'lexical', 'bare', 'ratio', 'lexical ratio']);
    expect(end[3].syncP50).toBeCloseTo(2);
    expect(end[4].syncP50).toBeCloseTo(1.5);
    expect(end[4].paintP95).toBeCloseTo(1.5);
  });

  it('leaves the table as it was when no Lexical page was measured', () => {
    const results = (['end', 'middle', 'empty'] as const).flatMap((s) => [result(1, s, 'ours', 4, 8), result(1, s, 'bare', 2, 4)]);
    expect(rows(results).filter((r) => r.scenario === 'middle').map((r) => r.page)).toEqual(['ours', 'bare', 'ratio']);
  });

  it('judges the Lexical page against bare by the same rules as ours: worse of end and middle, median of runs', () => {
    const results: TypingResult[] = [];
    // lexical/bare sync p50 per run: end 1.2/1.0/1.5, middle 1.1/1.4/1.0 -> worse 1.2, 1.4, 1.5 -> median 1.4.
    const lexSync = [
      [12, 11],
      [10, 14],
      [15, 10],
    ];
    lexSync.forEach(([end, middle], i) => {
      results.push(result(i + 1, 'end', 'lexical', end, 20, 400 + i), result(i + 1, 'end', 'bare', 10, 20));
      results.push(result(i + 1, 'middle', 'lexical', middle, 20, 400 + i), result(i + 1, 'middle', 'bare', 10, 20));
      results.push(result(i + 1, 'empty', 'lexical', 3 + i, 20, 200), result(i + 1, 'empty', 'bare', 2, 20));
      // Ours is much slower and must not leak into the Lexical numbers.
      results.push(result(i + 1, 'end', 'ours', 50, 90), result(i + 1, 'middle', 'ours', 50, 90));
    });
    const lexical = lexicalNumbers(results);
    expect(lexical.syncP50Ratio).toBeCloseTo(1.4);
    expect(lexical.p95Ratio).toBeCloseTo(1);
    expect(lexical.emptySyncP50DeltaMs).toBeCloseTo(2);
    expect(lexical.readyMs).toEqual({ empty: 200, long: 401 });
    expect(lexical.scenarios.end.syncP50).toBe(12);
  });
});
