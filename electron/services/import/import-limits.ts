/** How much an import may read: enough for a 300-page report with its photos, not for a zip bomb. */
export const IMPORT_LIMITS = {
  /** The file itself. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Everything a .docx unpacks to. */
  maxUnpackedBytes: 400 * 1024 * 1024,
  /** One entry of a .docx (document.xml of a very long report is a few MB). */
  maxEntryBytes: 200 * 1024 * 1024,
  /** An entry that unpacks to more than this many times its packed size, past 1 MB, is a bomb. */
  maxRatio: 200,
  maxEntries: 10_000,
} as const;
