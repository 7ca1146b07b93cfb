/**
 * A cell of an Excel sheet as text, from the value exceljs gives for it: a shared or inline
 * string, rich text (runs of differing fonts, joined), a hyperlink's text, a number, a date
 * (a real date or a number under a date format, which exceljs turns into a Date) written as its
 * ISO day, a formula's cached result, an error's code (#N/A), TRUE/FALSE. Pure: no exceljs here.
 */
export function sheetCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDay(value);
  if (typeof value !== 'object') return '';
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return v.richText.map((run: { text?: unknown }) => (typeof run?.text === 'string' ? run.text : '')).join('');
  if ('formula' in v || 'sharedFormula' in v) return sheetCellText(v.result);
  if ('hyperlink' in v || 'text' in v) return sheetCellText(v.text);
  if (typeof v.error === 'string') return v.error;
  return '';
}

/**
 * The day a date cell shows. Excel's dates have no time zone; exceljs reads them as UTC, so the
 * day is taken in UTC (a time of day past 23:59:59.5 rounds to the next day as Excel shows it).
 */
function isoDay(date: Date): string {
  const t = date.getTime();
  if (Number.isNaN(t)) return '';
  return new Date(Math.round(t / 1000) * 1000).toISOString().slice(0, 10);
}
