import { z } from 'zod';
import { directorySchema } from '../directory/person-schema';

/**
 * The calls of the leader directory (its dialog, the Mẫu tab's people), spread into contract.ts.
 * The directory lives in the app's data folder; the page sends and gets people, never a path:
 * import and export choose their file in the main process's own dialog.
 */

const cancelled = z.object({ status: z.literal('cancelled') });
/** A sentence for the officer, in both languages. */
const said = z.object({ vi: z.string().max(2000), en: z.string().max(2000) });

export const directoryInvokeContract = {
  getDirectory: {
    input: z.object({}).strict(),
    output: z.object({ people: directorySchema }),
  },
  /** Replaces the directory (the dialog's Lưu); the people come back checked and in protocol order. */
  saveDirectory: {
    input: z.object({ people: directorySchema }).strict(),
    output: z.object({ people: directorySchema }),
  },
  /** Nhập…: an Excel, CSV or JSON file read (not yet saved: the dialog shows it first, in protocol order), or why it cannot be. */
  importDirectory: {
    input: z.object({}).strict(),
    output: z.union([
      z.object({ status: z.literal('read'), people: directorySchema, skipped: z.array(said).max(500) }),
      z.object({ status: z.literal('refused'), message: said }),
      cancelled,
    ]),
  },
  /** Xuất…: the saved directory as an Excel workbook, a CSV for Excel or JSON, as the chosen file's extension says. */
  exportDirectory: {
    input: z.object({}).strict(),
    output: z.union([z.object({ status: z.literal('exported'), path: z.string().min(1).max(4096) }), cancelled]),
  },
};

