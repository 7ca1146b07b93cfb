/**
 * What the officer wrote in a template's text fields before (host, counterpart, place), kept in
 * the page's own storage so the next draft offers it: the bodies an office writes about recur.
 */
const KEY = 'soantin.template-field-memory';
const MAX_PER_FIELD = 40;

type Memory = Record<string, string[]>;

function read(): Memory {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return typeof value === 'object' && value !== null ? (value as Memory) : {};
  } catch {
    return {};
  }
}

export function rememberedValues(field: string): string[] {
  const list = read()[field];
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
}

/** The newest first, no repeats; an empty value is not kept. */
export function rememberValue(field: string, value: string): void {
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!text) return;
  const memory = read();
  memory[field] = [text, ...rememberedValues(field).filter((v) => v !== text)].slice(0, MAX_PER_FIELD);
  try {
    localStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // Storage full or refused: suggestions are a convenience.
  }
}
