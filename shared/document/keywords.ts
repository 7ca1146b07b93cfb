const MAX_KEYWORDS = 50;
const MAX_KEYWORD_LENGTH = 100;

/**
 * Keywords as the officer types them, "Duy Tiên, Tỉnh ủy, nghị quyết": trimmed, NFC,
 * empty ones and repeats (ignoring case) dropped, within the article schema's limits.
 */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,;]/)) {
    const word = raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_KEYWORD_LENGTH).trim();
    const key = word.toLocaleLowerCase('vi');
    if (!word || seen.has(key)) continue;
    seen.add(key);
    out.push(word);
    if (out.length === MAX_KEYWORDS) break;
  }
  return out;
}

export function formatKeywords(keywords: readonly string[]): string {
  return keywords.join(', ');
}
