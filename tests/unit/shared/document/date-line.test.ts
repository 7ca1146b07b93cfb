import { describe, expect, it } from 'vitest';
import { formatDateLine, newsDate } from '../../../../shared/document/date-line';

describe('formatDateLine', () => {
  it('writes the Vietnamese date line with the weekday and no zero padding', () => {
    expect(formatDateLine('2026-11-28', 'vi')).toBe('Thứ Bảy, 28/11/2026');
    expect(formatDateLine('2022-05-28', 'vi')).toBe('Thứ Bảy, 28/5/2022');
    expect(formatDateLine('2022-05-29', 'vi')).toBe('Chủ Nhật, 29/5/2022');
    expect(formatDateLine('2024-01-01', 'vi')).toBe('Thứ Hai, 1/1/2024');
  });

  it('names every weekday as news copy does', () => {
    const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
    expect(week.map((d) => formatDateLine(d, 'vi').split(',')[0])).toEqual([
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
      'Chủ Nhật',
    ]);
  });

  it('writes English with an English weekday and the same numeric date', () => {
    expect(formatDateLine('2022-05-28', 'en')).toBe('Saturday, 28/5/2022');
  });

  it('handles leap days and refuses dates that do not exist', () => {
    expect(formatDateLine('2024-02-29', 'vi')).toBe('Thứ Năm, 29/2/2024');
    expect(formatDateLine('2023-02-29', 'vi')).toBe('');
    expect(formatDateLine('2023-13-01', 'vi')).toBe('');
  });

  it('is empty while no date is chosen', () => {
    expect(formatDateLine('', 'vi')).toBe('');
    expect(formatDateLine('28/5/2022', 'vi')).toBe('');
  });

  it('does not shift the day with the time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatDateLine('2022-05-28', 'vi')).toBe('Thứ Bảy, 28/5/2022');
    } finally {
      process.env.TZ = before;
    }
  });

  it('newsDate drops zero padding', () => {
    expect(newsDate(5, 3, 2025)).toBe('5/3/2025');
  });
});
