/**
 * The bytes of a directory file (a spreadsheet the office keeps) as text, NFC. A byte order mark
 * decides; then UTF-8 when the bytes are valid UTF-8 (what Excel's "CSV UTF-8" writes, with or
 * without its BOM); otherwise Windows-1258, which Excel's plain "CSV" writes on a Vietnamese
 * Windows. Windows-1258 writes a toned letter as its base letter and a combining mark
 * ("Thu" + U+0309 + "y"), so the text is composed after decoding.
 */
export function decodeDirectoryBytes(bytes: Uint8Array): string {
  const b = bytes;
  let text: string;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) text = new TextDecoder('utf-8').decode(b.subarray(3));
  else if (b[0] === 0xff && b[1] === 0xfe) text = new TextDecoder('utf-16le').decode(b.subarray(2));
  else if (b[0] === 0xfe && b[1] === 0xff) text = new TextDecoder('utf-16be').decode(b.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      text = new TextDecoder('windows-1258').decode(b);
    }
  }
  return text.normalize('NFC');
}

/** Text for Excel: UTF-8 with a BOM, which Excel needs to read Vietnamese letters in a CSV. */
export function encodeForExcel(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.normalize('NFC'), 'utf8')]);
}
