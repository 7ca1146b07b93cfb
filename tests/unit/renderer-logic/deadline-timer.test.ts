import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeadlineTimer } from '../../../renderer/src/schedule/deadline-timer';

describe('createDeadlineTimer', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('runs once the deadline has passed, however often it was touched before', () => {
    let last = 0;
    const run = vi.fn();
    const timer = createDeadlineTimer(() => last + 2000, run, Date.now);
    for (let t = 0; t <= 3000; t += 100) {
      vi.setSystemTime(t);
      last = t;
      timer.touch();
      vi.advanceTimersByTime(0);
    }
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(Date.now()).toBe(5000);
  });

  it('runs nothing when the deadline is gone by the time it fires, or after cancel', () => {
    let due: number | null = 1000;
    const run = vi.fn();
    const timer = createDeadlineTimer(() => due, run, Date.now);
    timer.touch();
    due = null;
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();

    due = 6000;
    timer.touch();
    timer.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('arms again after running, at the next touch', () => {
    let last = 0;
    const run = vi.fn();
    const timer = createDeadlineTimer(() => last + 100, run, Date.now);
    timer.touch();
    vi.advanceTimersByTime(100);
    last = Date.now();
    timer.touch();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
