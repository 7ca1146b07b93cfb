import { builtinTemplate } from './builtin-templates';
import { templateFileMessage } from './messages';
import { parseTemplate } from './parse-template';
import type { Template } from './template-schema';

/** The most a template file may weigh: a hundred skeleton blocks of long hints fit many times over. */
export const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024;

export type TemplateFileCheck = { ok: true; template: Template } | { ok: false; message: { vi: string; en: string } };

/**
 * A template file the officer brings in (Nhập mẫu…) or the data folder holds: not too big, JSON
 * in the template format (every pattern checked), and not a built-in's id, which it would hide.
 * Every refusal says what is wrong, in Vietnamese and English. Pure: the caller reads the bytes.
 */
export function checkTemplateFile(text: string, byteLength: number): TemplateFileCheck {
  if (byteLength > MAX_TEMPLATE_FILE_BYTES) return { ok: false, message: templateFileMessage('too-big', String(Math.ceil(byteLength / 1024))) };
  const parsed = parseTemplate(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (builtinTemplate(parsed.template.id)) return { ok: false, message: templateFileMessage('builtin-id', parsed.template.id) };
  return { ok: true, template: parsed.template };
}
