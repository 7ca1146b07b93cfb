/**
 * Bytes of a .txt or .html file → a string. A byte order mark decides; then a charset the HTML
 * declares; then UTF-8 if the bytes are valid UTF-8; else Windows-1252, which is also how
 * TCVN3 and VNI bytes reach their converters (each byte as its Windows-1252 character).
 */
function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Buffer, declared?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const named = declared ? decoderFor(declared.trim().toLowerCase()) : null;
  if (named && named.encoding !== 'utf-8') return named.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The charset an HTML file declares in its first few kilobytes, or null. */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}
