/**
 * Which legacy encoding a font implies. The font is the only reliable sign: a .VnTime run holds
 * TCVN3 bytes, a VNI-Times run VNI bytes, whatever the characters look like.
 *
 * - TCVN3 ("ABC") faces are named ".Vn…" (.VnTime, .VnArial, .VnCentury Schoolbook…); a final
 *   "H" names the capitals face (.VnTimeH, .VnArial NarrowH), which draws every letter as a
 *   capital.
 * - VNI faces are named "VNI-…" (VNI-Times, VNI-Helve, VNI-Aptima…); their capitals are their own
 *   bytes, so they have no capitals face.
 *
 * Accepts a CSS font list ("'.VnTime', serif"): the first family that is a legacy face decides.
 */

export interface FontEncoding {
  encoding: 'tcvn3' | 'vni';
  capitals: boolean;
}

/** Family names of a CSS font-family value, unquoted and trimmed. */
function families(fontFamily: string): string[] {
  return fontFamily
    .split(',')
    .map((f) => f.trim().replace(/^(['"])(.*)\1$/, '$2').trim())
    .filter((f) => f.length > 0);
}

/**
 * The "H" faces end in H (.VnTimeH, .VnBook-AntiquaH). Written in mixed case, only an upper-case
 * final H counts, so no face ending in a lower-case h is mistaken for one; a name whose case
 * was lost (".VNTIMEH", ".vntimeh") is judged by its last letter.
 */
function isCapitalsFace(name: string): boolean {
  const last = name.at(-1);
  if (last === 'H') return true;
  const caseLost = name === name.toLowerCase() || name === name.toUpperCase();
  return caseLost && last?.toLowerCase() === 'h';
}

function encodingOfFamily(name: string): FontEncoding | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('.vn') && lower.length > 3) {
    const face = name.replace(/(?:\s+(?:bold|italic|regular))+$/i, '');
    return { encoding: 'tcvn3', capitals: isCapitalsFace(face) };
  }
  if (/^vni[-_ ]\S/.test(lower)) return { encoding: 'vni', capitals: false };
  return null;
}

/** The legacy encoding of the first legacy face in a font list, or null when the fonts are Unicode ones. */
export function legacyEncodingOfFont(fontFamily: string): FontEncoding | null {
  for (const family of families(fontFamily)) {
    const found = encodingOfFamily(family);
    if (found) return found;
  }
  return null;
}
