/**
 * Whether pasted text that carried no font to go by (plain text, or HTML from a program that
 * had already lost the font) looks like TCVN3 or VNI read as Windows-1252, or like UTF-8 read
 * twice. Then the window offers "Chuyển mã?" rather than converting silently: the officer sees
 * a sample as it would read and decides.
 */
import { detectLegacyEncoding, repairLegacyText, type LegacyDetection } from '../text/legacy/detect';

export interface MojibakeOffer {
  detection: LegacyDetection;
  /** The first repaired line, for the bar. */
  sample: string;
}

/** Below this the bar would be a nuisance: English, code and correct Vietnamese never reach it. */
const OFFER_CONFIDENCE = 0.6;

export function mojibakeOffer(text: string): MojibakeOffer | null {
  if (text.trim() === '') return null;
  const detection = detectLegacyEncoding(text);
  const legacy = detection.encoding === 'tcvn3' || detection.encoding === 'vni';
  const doubled = detection.encoding === 'unicode' && detection.doubleUtf8;
  if (!(legacy || doubled) || detection.confidence < OFFER_CONFIDENCE) return null;
  return { detection, sample: detection.sample ?? repairLegacyText(text, detection).slice(0, 120) };
}

/**
 * The text with every occurrence of a pasted piece converted, and nothing else touched: the
 * pasted runs may have merged with the text around them, whose letters must stay as they are.
 * Pieces that the conversion leaves as they are (plain ASCII words) are not looked for.
 */
export function convertPieces(text: string, pieces: readonly string[], convert: (piece: string) => string): string {
  const changing = [...new Set(pieces)].filter((p) => p.length > 0 && convert(p) !== p).sort((a, b) => b.length - a.length);
  if (changing.length === 0) return text;
  const pattern = new RegExp(changing.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(pattern, (piece) => convert(piece));
}
