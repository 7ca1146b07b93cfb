/**
 * TCVN3 text → Unicode (NFC). The input is what Word or the clipboard gives for a run in a
 * .VnTime-family font: each byte read as a Windows-1252 or Latin-1 character ("Héi nghÞ").
 * One table lookup per character, one pass. Byte 0xAD, TCVN3's ư, is the soft hyphen in
 * Windows-1252: it is read as the letter here, never dropped.
 */
import { byteOfChar, charCodeOfByte, stringFromCodes } from './cp1252';
import { TCVN3_BASE_FONT_CAPITALS, tcvn3LowerLetters } from './tcvn3-table';

export interface Tcvn3Options {
  /** The run's font is an "H" face (.VnTimeH, .VnArialH…): every letter it draws is a capital. */
  capitals: boolean;
}

function buildTable(capitals: boolean): Uint16Array {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte += 1) table[byte] = charCodeOfByte(byte);
  for (const [byte, letter] of tcvn3LowerLetters()) table[byte] = (capitals ? letter.toUpperCase() : letter).charCodeAt(0);
  for (const [byte, letter] of TCVN3_BASE_FONT_CAPITALS) table[byte] = letter.charCodeAt(0);
  if (capitals) for (let byte = 0x61; byte <= 0x7a; byte += 1) table[byte] = byte - 0x20;
  return table;
}

const NORMAL = buildTable(false);
const CAPITALS = buildTable(true);

/** Unicode (NFC) for text typed in a TCVN3 font. */
export function fromTcvn3(text: string, options: Tcvn3Options = { capitals: false }): string {
  const table = options.capitals ? CAPITALS : NORMAL;
  const out = new Uint16Array(text.length);
  let combining = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const byte = byteOfChar(code);
    out[i] = byte < 0 ? code : table[byte];
    if (code >= 0x300 && code <= 0x36f) combining = true;
  }
  const result = stringFromCodes(out, text.length);
  // A combining mark typed after a converted letter is rare; only then is normalising worth its cost.
  return combining ? result.normalize('NFC') : result;
}
