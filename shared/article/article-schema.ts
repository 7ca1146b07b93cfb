import { z } from 'zod';
import { ARTICLE_ID, FORMAT_VERSION } from './format';

/**
 * The node types our editor knows. A body holding anything else was not made by
 * Soạn Tin (or by a newer one) and is refused rather than silently dropped.
 */
export const BODY_NODE_TYPES = [
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
] as const;

export type BodyNodeType = (typeof BODY_NODE_TYPES)[number];

export interface SerializedBodyNode {
  type: BodyNodeType;
  version: number;
  children?: SerializedBodyNode[];
  [key: string]: unknown;
}

const MAX_BODY_DEPTH = 64;

function depthOf(node: SerializedBodyNode, level = 0): number {
  if (level > MAX_BODY_DEPTH) return level;
  let deepest = level;
  for (const child of node.children ?? []) deepest = Math.max(deepest, depthOf(child, level + 1));
  return deepest;
}

export const bodyNodeSchema: z.ZodType<SerializedBodyNode, SerializedBodyNode> = z.lazy(() =>
  z.looseObject({
    type: z.enum(BODY_NODE_TYPES),
    version: z.number().int().nonnegative(),
    children: z.array(bodyNodeSchema).optional(),
  }),
) as z.ZodType<SerializedBodyNode, SerializedBodyNode>;

/** Lexical's serialized editor state, limited to our node set. */
export const bodySchema = z
  .object({
    root: bodyNodeSchema.refine((n) => n.type === 'root', 'body.root must be a root node'),
  })
  .refine((b) => depthOf(b.root) <= MAX_BODY_DEPTH, 'body is nested too deeply');

export type ArticleBody = z.infer<typeof bodySchema>;

/** ISO calendar date (YYYY-MM-DD) or empty while the officer has not chosen one. */
const isoDate = z.union([z.literal(''), z.iso.date()]);

export const articleMetaSchema = z.object({
  title: z.string().max(500),
  sapo: z.string().max(5000),
  category: z.string().max(200),
  author: z.string().max(200),
  source: z.string().max(300),
  date: isoDate,
  keywords: z.array(z.string().max(100)).max(50),
});

export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const stampSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  by: z.string().max(200),
});

export const articleSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  id: z.string().regex(ARTICLE_ID),
  meta: articleMetaSchema,
  body: bodySchema,
  created: stampSchema,
  modified: stampSchema,
});

export type Article = z.infer<typeof articleSchema>;
