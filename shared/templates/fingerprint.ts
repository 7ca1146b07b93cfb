/**
 * Fingerprints of generated text, so the window can tell a part the officer has not touched
 * (it follows the fields) from one edited by hand (it is kept). Pure JS, stable across
 * machines and versions: FNV-1a (32 bits) over the UTF-8 bytes of the NFC text, with the
 * text's length, written "3f2a9c1b:57".
 */

/** What counts as the same text: NFC, and a no-break space is a space (the editor may put either). */
function canonical(text: string): string {
  return text.normalize('NFC').replace(/\u00a0/g, ' ');
}

function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  const byte = (b: number) => {
    hash ^= b;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) byte(cp);
    else if (cp < 0x800) {
      byte(0xc0 | (cp >> 6));
      byte(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      byte(0xe0 | (cp >> 12));
      byte(0x80 | ((cp >> 6) & 0x3f));
      byte(0x80 | (cp & 0x3f));
    } else {
      byte(0xf0 | (cp >> 18));
      byte(0x80 | ((cp >> 12) & 0x3f));
      byte(0x80 | ((cp >> 6) & 0x3f));
      byte(0x80 | (cp & 0x3f));
    }
  }
  return hash >>> 0;
}

export function fingerprint(text: string): string {
  const t = canonical(text);
  return `${fnv1a32(t).toString(16).padStart(8, '0')}:${t.length}`;
}

export type PartState = 'generated' | 'edited';

/** Whether a part still holds exactly what was generated. */
export function partState(generatedFingerprint: string, currentText: string): PartState {
  return fingerprint(currentText) === generatedFingerprint ? 'generated' : 'edited';
}

/**
 * The same for an opening the officer goes on typing after ("Phát biểu chỉ đạo hội nghị, Bí thư
 * Tỉnh ủy Lê Thị Thủy " + what they type): only the paragraph's start, as long as the generated
 * text was, is compared.
 */
export function openingState(generatedFingerprint: string, paragraphText: string): PartState {
  const length = Number(generatedFingerprint.split(':')[1]);
  if (!Number.isInteger(length)) return 'edited';
  return partState(generatedFingerprint, canonical(paragraphText).slice(0, length));
}
