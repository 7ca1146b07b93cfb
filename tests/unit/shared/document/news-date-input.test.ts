import { describe, expect, it } from 'vitest';
import { formatNewsDateInput, parseNewsDate } from '../../../../shared/document/news-date-input';

describe('the publication date field', () => {
  it('reads dates the way news copy writes them', () => {
    expect(parseNewsDate('28/5/2022')).toBe('2022-05-28');
    expect(parseNewsDate('28/05/2022')).toBe('2022-05-28');
    expect(parseNewsDate(' 1-6-2022 ')).toBe('2022-06-01');
    expect(parseNewsDate('2.9.2025')).toBe('2025-09-02');
    expect(parseNewsDate('2022-05-28')).toBe('2022-05-28');
  });

  it('an empty field means no date', () => {
    expect(parseNewsDate('  ')).toBe('');
  });

  it('refuses what is not a calendar date, and month-first dates that cannot be', () => {
    expect(parseNewsDate('31/2/2022')).toBeNull();
    expect(parseNewsDate('5/28/2022')).toBeNull();
    expect(parseNewsDate('29/2/2023')).toBeNull();
    expect(parseNewsDate('29/2/2024')).toBe('2024-02-29');
    expect(parseNewsDate('28/5/22')).toBeNull();
    expect(parseNewsDate('hôm nay')).toBeNull();
  });

  it('shows a stored date without zero padding', () => {
    expect(formatNewsDateInput('2022-05-28')).toBe('28/5/2022');
    expect(formatNewsDateInput('2026-11-08')).toBe('8/11/2026');
    expect(formatNewsDateInput('')).toBe('');
  });
});
