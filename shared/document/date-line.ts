import type { Locale } from '../i18n/locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const VI_WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/**
 * The date line under an article's title, as news copy writes it: "Thứ Bảy, 28/11/2026"
 * (day and month without zero padding). The weekday is computed on the calendar date itself,
 * so the line never shifts with the machine's time zone. '' for no date or a malformed one.
 */
export function formatDateLine(isoDate: string, locale: Locale): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return '';
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return '';
  const weekday =
    locale === 'vi'
      ? VI_WEEKDAYS[utc.getUTCDay()]
      : new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(utc);
  return `${weekday}, ${newsDate(day, month, year)}`;
}

/** 28/5/2022: the numeric date of Vietnamese news copy. */
export function newsDate(day: number, month: number, year: number): string {
  return `${day}/${month}/${year}`;
}
