import type { Locale } from '../i18n/locale';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const countFormats = new Map<Locale, Intl.NumberFormat>();

/** 20.000 in Vietnamese, 20,000 in English. (Building a formatter is slow: one per locale.) */
export function formatCount(n: number, locale: Locale): string {
  let format = countFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale]);
    countFormats.set(locale, format);
  }
  return format.format(n);
}

/** 10:42, on the 24-hour clock both languages use here. */
export function formatClock(iso: string, locale: Locale, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(d);
}

/** 28/5/2022 10:42: when a recovery copy was written. */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${Number(get('day'))}/${Number(get('month'))}/${get('year')} ${formatClock(iso, locale, timeZone)}`;
}
