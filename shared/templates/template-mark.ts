import { templateMarkSchema, type TemplateMark } from '../article/body-nodes';

/** A serialized body node, loosely: the exporter and the checks read drafts they do not trust. */
interface NodeLike {
  type: string;
  children?: readonly NodeLike[];
  [key: string]: unknown;
}

/** The template mark a paragraph carries (its NodeState "template"), or null. */
export function templateMarkOf(node: NodeLike): TemplateMark | null {
  if (node.type !== 'paragraph') return null;
  const state = node.$;
  if (typeof state !== 'object' || state === null) return null;
  const parsed = templateMarkSchema.safeParse((state as Record<string, unknown>).template);
  return parsed.success ? parsed.data : null;
}

function textOf(node: NodeLike): string {
  if (node.type === 'text' || node.type === 'tab') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Whether a marked paragraph still holds just what the template put there (its `base`, then its
 * `end`): its greyed hint is showing and nobody has written in it.
 */
export function showsTemplateHint(node: NodeLike): boolean {
  const mark = templateMarkOf(node);
  if (!mark?.hint) return false;
  return textOf(node) === (mark.base ?? '') + (mark.end ?? '');
}

/**
 * A placeholder nobody has typed over: a greyed hint and nothing written but its end. The portal
 * never gets one (not even its lone "./."); the export checks name it.
 */
export function isUntouchedPlaceholder(node: NodeLike): boolean {
  const mark = templateMarkOf(node);
  return showsTemplateHint(node) && !mark?.base;
}
