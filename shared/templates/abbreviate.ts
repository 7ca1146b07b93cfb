import { BODY_ABBREVIATIONS, WORD_END, WORD_START, escapeRegExp, type BodyAbbreviation } from '../directory/body-abbreviations';

function longForms(entry: BodyAbbreviation): RegExp {
  return new RegExp(`${WORD_START}(?:${entry.long.map(escapeRegExp).join('|')})${WORD_END}`, 'gu');
}

/**
 * News copy's rule for body names, over texts read in order (the sapô, then the attendee
 * paragraph): a name from the table that occurs more than once is defined at its first use,
 * "Ban Thường vụ (BTV) Tỉnh ủy", and abbreviated after, "BTV Thị ủy Duy Tiên" (not defined
 * when the abbreviation was already used before it). A name that occurs once stays in full.
 * Returns the texts and the abbreviations now in use.
 */
export function abbreviateRecurring(texts: readonly string[]): { texts: string[]; defined: BodyAbbreviation[] } {
  let out = [...texts];
  const defined: BodyAbbreviation[] = [];
  for (const entry of BODY_ABBREVIATIONS) {
    const count = out.reduce((n, t) => n + [...t.matchAll(longForms(entry))].length, 0);
    if (count < 2) continue;
    defined.push(entry);
    // Already used before the name is first written out ("Thường trực HĐND tỉnh tiếp đoàn
    // Hội đồng nhân dân …"): the abbreviation is known, so it is not defined a second time.
    let first = !shortUsedFirst(out, entry);
    out = out.map((t) =>
      t.replace(longForms(entry), (long, offset: number) => {
        if (!first) return entry.short;
        first = false;
        // The officer may have defined it already in what they typed.
        const alreadyDefined = t.startsWith(` (${entry.short})`, offset + long.length);
        return alreadyDefined ? long : `${long} (${entry.short})`;
      }),
    );
  }
  return { texts: out, defined };
}

/** Whether the abbreviation occurs before the first long form, reading the texts in order. */
function shortUsedFirst(texts: readonly string[], entry: BodyAbbreviation): boolean {
  const short = new RegExp(`${WORD_START}${escapeRegExp(entry.short)}${WORD_END}`, 'u');
  for (const t of texts) {
    const long = t.search(longForms(entry));
    const before = long < 0 ? t : t.slice(0, long);
    if (short.test(before)) return true;
    if (long >= 0) return false;
  }
  return false;
}

/** A later text with the names already defined abbreviated ("Chủ tịch UBND tỉnh" once UBND is defined). */
export function useAbbreviations(text: string, defined: readonly BodyAbbreviation[]): string {
  return defined.reduce((t, entry) => t.replace(longForms(entry), entry.short), text);
}
