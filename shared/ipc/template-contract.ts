import { z } from 'zod';
import { templateSchema } from '../templates/template-schema';
import { TEMPLATE_ID } from '../templates/template-id';

/**
 * The calls of the office's own templates (Lưu làm mẫu…, the chooser's Mẫu của tôi, Nhập mẫu…,
 * Xuất mẫu…), spread into contract.ts. The templates live in the app's data folder; the page
 * sends and gets templates and ids, never a path: import and export choose their file in the
 * main process's own dialog.
 */

const cancelled = z.object({ status: z.literal('cancelled') });
/** A sentence for the officer, in both languages. */
const said = z.object({ vi: z.string().max(4000), en: z.string().max(4000) });
const templateId = z.string().regex(TEMPLATE_ID);

export const templateInvokeContract = {
  /** The own templates of the data folder, and the files there that could not be used, with why. */
  listTemplates: {
    input: z.object({}).strict(),
    output: z.object({
      templates: z.array(templateSchema).max(1000),
      skipped: z.array(z.object({ file: z.string().max(500), message: said })).max(1000),
    }),
  },
  /** Lưu làm mẫu… (and an imported file, once read): stored as <id>.json; an own one of that id only replaced when asked. */
  saveTemplate: {
    input: z.object({ template: templateSchema, replace: z.boolean() }).strict(),
    output: z.union([
      z.object({ status: z.literal('saved'), template: templateSchema }),
      z.object({ status: z.literal('exists') }),
      z.object({ status: z.literal('refused'), message: said }),
    ]),
  },
  removeTemplate: {
    input: z.object({ id: templateId }).strict(),
    output: z.object({}),
  },
  /** Nhập mẫu…: a template file read and checked (not yet stored: the page saves it), or why it cannot be. */
  importTemplate: {
    input: z.object({}).strict(),
    output: z.union([z.object({ status: z.literal('read'), template: templateSchema }), z.object({ status: z.literal('refused'), message: said }), cancelled]),
  },
  /** Xuất mẫu…: an own template as a file in the built-ins' format. */
  exportTemplate: {
    input: z.object({ id: templateId }).strict(),
    output: z.union([z.object({ status: z.literal('exported'), path: z.string().min(1).max(4096) }), cancelled]),
  },
};
