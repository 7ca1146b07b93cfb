/**
 * The sizes and limits of the photo pipeline, in one place so the window, the command line
 * and the benchmark agree.
 */
export const PHOTO_LIMITS = {
  /** Above this many pixels a file is refused before it is decoded: a 24 MP camera is far
   * below it, a decompression bomb (a small file declaring 50000×50000) is far above. */
  inputPixels: 100_000_000,
  /** Largest camera file we read. A 24 MP 16-bit uncompressed TIFF is 144 MB. */
  sourceBytes: 400 * 1024 * 1024,
  /** The master stored in the draft: long edge and JPEG quality. Every export rendition
   * (1600, 1024, 480 wide and the thumbnail) is made from it. */
  masterLongEdge: 2560,
  masterQuality: 90,
  /** The editor's preview: enough for a figure on a 1600-px-wide screen at half width on HiDPI. */
  previewLongEdge: 800,
  previewQuality: 80,
  /** A file that keeps one libvips thread busy this long is hostile or broken (sharp stops it). */
  timeoutSeconds: 60,
} as const;

/** The background put behind transparent parts: the portal's page is white. */
export const FLATTEN_BACKGROUND = '#ffffff';
