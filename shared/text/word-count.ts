/**
 * Counts as a newsroom counts: words are runs of letters or digits (a Vietnamese word is
 * one syllable between spaces, "Tỉnh ủy" is two), characters are user-perceived letters
 * without line breaks, so a composed "ệ" counts once whatever its encoding.
 */
export interface TextCount {
  words: number;
  characters: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,\/-]*/gu;

export function countText(text: string): TextCount {
  const nfc = text.normalize('NFC');
  const words = nfc.match(WORD)?.length ?? 0;
  let characters = 0;
  for (const ch of nfc) {
    if (ch !== '\n' && ch !== '\r' && !/\p{M}/u.test(ch)) characters += 1;
  }
  return { words, characters };
}
