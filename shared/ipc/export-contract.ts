import { z } from 'zod';
import { articleSchema } from '../article/article-schema';
import { BLOCKING_CHECKS, WARNING_CHECKS } from '../export/export-checks';
import { EXPORT_ERROR_CODES } from '../export/export-messages';

/**
 * The calls of the portal export (Tệp ▸ Xuất gói cho cổng…, Tệp ▸ Sao chép HTML cho cổng and
 * the portal profile), spread into contract.ts. The page sends the article; the main process
 * checks it with these schemas, reads the photos' masters itself and chooses where to write in
 * its own dialog: the page never names a path.
 */

const cancelled = z.object({ status: z.literal('cancelled') });
const exportId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const metaField = z.enum(['title', 'sapo', 'category', 'author', 'source', 'date', 'keywords']);

export const exportCheckSchema = z.object({
  code: z.enum([...BLOCKING_CHECKS, ...WARNING_CHECKS]),
  severity: z.enum(['error', 'warning']),
  place: z.union([
    z.object({ kind: z.literal('meta'), field: metaField }),
    z.object({ kind: z.literal('body'), path: z.array(z.number().int().min(0)).max(200) }),
  ]),
  params: z.object({
    count: z.number().optional(),
    limit: z.number().optional(),
    photo: z.number().int().optional(),
    text: z.string().max(200).optional(),
  }),
});

export const packageKind = z.enum(['folder', 'zip']);

/** What the settings hold of the portal profile, as the export dialog shows it. */
export const profileSummarySchema = z.object({
  name: z.string().max(100),
  imageBaseUrl: z.string().max(500),
  /** Loaded from a file (false: the reference portal's defaults). */
  custom: z.boolean(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

const refused = z.object({ status: z.literal('refused'), checks: z.array(exportCheckSchema) });
const failed = z.object({ status: z.literal('failed'), code: z.enum(EXPORT_ERROR_CODES), detail: z.string().max(4000).optional() });

export const exportInvokeContract = {
  /** The checks before export, with the photos looked up in the media library. */
  checkExport: {
    input: z.object({ article: articleSchema }).strict(),
    output: z.object({ checks: z.array(exportCheckSchema) }),
  },
  /**
   * Xuất gói cho cổng…: the Save dialog (a folder or a .zip), then the package. A target that
   * exists is not replaced: the answer is 'exists', and the page asks; agreed, it calls again
   * with the same exportId and `overwrite`, and the main process uses the path it chose itself.
   */
  exportPackage: {
    input: z.object({ article: articleSchema, kind: packageKind, exportId, overwrite: z.boolean().optional() }).strict(),
    output: z.union([
      z.object({ status: z.literal('exported'), path: z.string().max(4096), kind: packageKind, files: z.number().int().min(0), warnings: z.array(exportCheckSchema) }),
      z.object({ status: z.literal('exists'), path: z.string().max(4096), kind: packageKind }),
      refused,
      failed,
      cancelled,
    ]),
  },
  /** Sao chép HTML cho cổng: the fragment as text/html and the text as text/plain on the clipboard. */
  copyPortalHtml: {
    input: z.object({ article: articleSchema }).strict(),
    output: z.union([z.object({ status: z.literal('copied'), characters: z.number().int().min(0) }), failed]),
  },
  getPortalProfile: {
    input: z.object({}).strict(),
    output: profileSummarySchema,
  },
  /** A JSON profile file chosen in a dialog becomes the setting, or its problems are listed. */
  loadPortalProfile: {
    input: z.object({}).strict(),
    output: z.union([
      z.object({ status: z.literal('loaded'), profile: profileSummarySchema }),
      z.object({ status: z.literal('invalid'), problems: z.array(z.string().max(4000)).max(50) }),
      cancelled,
    ]),
  },
  resetPortalProfile: {
    input: z.object({}).strict(),
    output: profileSummarySchema,
  },
} as const;

export const exportEventContract = {
  /** How far the package is (the photos are most of it). */
  onExportProgress: z.object({
    exportId,
    step: z.enum(['photos', 'writing', 'done']),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
} as const;
