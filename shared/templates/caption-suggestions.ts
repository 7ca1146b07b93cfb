import { foldQuery, foldText } from '../text/find';

/**
 * Which of the template's photo captions an empty caption offers, and in which order: the
 * template's order, with the suggestions no other figure of the article already carries first
 * (the officer's next photo usually wants the next caption), then those already used.
 * Captions are compared as a reader sees them: NFC, trimmed, spaces collapsed.
 */
export function orderCaptionSuggestions(suggestions: readonly string[], usedCaptions: readonly string[]): string[] {
  const key = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const used = new Set(usedCaptions.map(key));
  const seen = new Set<string>();
  const unused: string[] = [];
  const already: string[] = [];
  for (const suggestion of suggestions) {
    const k = key(suggestion);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    (used.has(k) ? already : unused).push(suggestion.normalize('NFC').trim());
  }
  return [...unused, ...already];
}

/**
 * The suggestions a caption being typed still fits: those holding what was typed, tone marks and
 * case not counting ("dai bieu" keeps "Các đại biểu dự hội nghị"), in the order given; the one
 * the caption already reads is not offered again.
 */
export function captionSuggestionsFor(ordered: readonly string[], typed: string): string[] {
  const options = { matchCase: false, wholeWord: false, ignoreTones: true };
  const now = typed.normalize('NFC').replace(/\s+/g, ' ').trim();
  const query = foldQuery(now, options);
  return ordered.filter((suggestion) => {
    if (suggestion === now) return false;
    return query === '' || foldText(suggestion.normalize('NFC'), options).folded.includes(query);
  });
}
