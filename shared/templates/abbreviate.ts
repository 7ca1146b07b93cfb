import { BODY_ABBREVIATIONS, WORD_END, WORD_START, escapeRegExp, type BodyAbbreviation } from '../directory/body-abbreviations';

function longForms(entry: BodyAbbreviation): RegExp {
  return new RegExp(`${WORD_START}(?:${entry.long.map(escapeRegExp).join('|')})${WORD_END}`, 'gu');
}

/**
 * News copy's rule for body names, over texts read in order (the sapô, then the attendee
 * paragraph): a name from the table that occurs more than once is defined at its first use,
 * "Ban Thường vụ (BTV) Tỉnh ủy", and abbreviated after, "BTV Thị ủy Duy Tiên". A name that
 * occurs once stays in full. Returns the texts and the abbreviations now defined.
 */
export function abbreviateRecurring(texts: readonly string[]): { texts: string[]; defined: BodyAbbreviation[] } {
  let out = [...texts];
  const defined: BodyAbbreviation[] = [];
  for (const entry of BODY_ABBREVIATIONS) {
    const count = out.reduce((n, t) => n + [...t.matchAll(longForms(entry))].length, 0);
    if (count < 2) continue;
    defined.push(entry);
    let first = true;
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

/** A later text with the names already defined abbreviated ("Chủ tịch UBND tỉnh" once UBND is defined). */
export function useAbbreviations(text: string, defined: readonly BodyAbbreviation[]): string {
  return defined.reduce((t, entry) => t.replace(longForms(entry), entry.short), text);
}
