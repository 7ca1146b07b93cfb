/**
 * Whether Windows accepts a file name (the last part of a path, not the folder): no control
 * characters or \ / : * ? " < > |, not a reserved device name (CON, PRN, AUX, NUL, COM1–9,
 * LPT1–9, with or without an extension, in any case), no trailing dot or space, at most 255
 * UTF-16 units. Vietnamese letters are all allowed.
 */
export function isFileNameAllowedOnWindows(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f<>:"/\\|?*]/.test(name)) return false;
  if (/[. ]$/.test(name)) return false;
  const stem = name.split('.')[0]!.trimEnd().toUpperCase();
  return !/^(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])$/.test(stem);
}
