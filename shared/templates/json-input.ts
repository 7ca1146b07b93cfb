/** A file's JSON: its text (a leading BOM from a Windows editor is allowed), or a value already parsed. */
export function jsonOf(input: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false };
  }
}
