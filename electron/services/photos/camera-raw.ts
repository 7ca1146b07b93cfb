/**
 * Camera raw files are TIFF containers (NEF, ARW, DNG…) or their own formats; libvips would
 * open the small preview a TIFF-based one carries and import a 160-px picture as the photo.
 * Only the name tells them apart cheaply, so a raw file is known by its extension.
 */
const RAW_EXTENSIONS = new Set([
  '3fr', 'ari', 'arw', 'bay', 'cr2', 'cr3', 'crw', 'dcr', 'dng', 'erf', 'fff', 'iiq', 'k25', 'kdc',
  'mef', 'mos', 'mrw', 'nef', 'nrw', 'orf', 'pef', 'raf', 'raw', 'rw2', 'rwl', 'sr2', 'srf', 'srw', 'x3f',
]);

export function isCameraRawName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && RAW_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}
