import { newsDate } from './date-line';

/**
 * The publication date as a press officer types it: day/month/year, the way news copy
 * writes dates (28/5/2022, 28/05/2022, 28-5-2022, 28.5.2022), or ISO (2022-05-28) pasted
 * from elsewhere. Returns the ISO date, '' for an empty field, or null when it is not a
 * real calendar date (31/2/2022, 28/13/2022, a two-digit year).
 */
export function parseNewsDate(text: string): string | null {
  const t = text.trim();
  if (t === '') return '';
  let day: number;
  let month: number;
  let year: number;
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (dmy) [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (year < 1900 || year > 2999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** An ISO date as the field shows it: 28/5/2022 ('' when there is none). */
export function formatNewsDateInput(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? newsDate(Number(m[3]), Number(m[2]), Number(m[1])) : '';
}
