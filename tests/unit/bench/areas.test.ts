import { describe, expect, it } from 'vitest';
import { BENCH_AREAS, chosenAreas, lastJsonLine } from '../../../scripts/bench/areas';

describe('the area benchmarks of npm run bench', () => {
  it('runs every area unless told which, or none', () => {
    expect(chosenAreas(undefined)).toEqual([...BENCH_AREAS]);
    expect(chosenAreas('none')).toEqual([]);
    expect(chosenAreas('photos, export,unknown')).toEqual(['export', 'photos']);
    expect(chosenAreas('find')).toEqual(['find']);
  });

  it('reads an area’s numbers from its last line only', () => {
    expect(lastJsonLine('table\n{"a":1}\n')).toEqual({ a: 1 });
    expect(lastJsonLine('{"a":1}\ntable')).toBeNull();
    expect(lastJsonLine('[1,2]')).toBeNull();
  });
});
