import { z } from 'zod';
import { draftTemplateSchema } from '../templates/draft-template';
import { BODY_NODE_TYPES, nodePropertyProblem, PHOTO_HASH, type SerializedBodyNode } from './body-nodes';
import { ARTICLE_ID, FORMAT_VERSION } from './format';

export { BODY_NODE_TYPES, nodePropertyProblem, type BodyNodeType, type SerializedBodyNode } from './body-nodes';

const MAX_BODY_DEPTH = 64;

/**
 * How deeply any JSON value in an article may nest: a body at its deepest (two levels per
 * node: the node and its children array) and a little for the envelope and node properties.
 */
export const MAX_ARTICLE_NESTING = 2 * MAX_BODY_DEPTH + 8;

/**
 * Whether a JSON value nests deeper than `max` objects and arrays. Walks with an explicit stack,
 * so a hostile file 20,000 levels deep is measured, not a stack overflow; run before anything
 * recursive (zod, JSON.stringify) sees the value.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > max) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return false;
}

export const bodyNodeSchema: z.ZodType<SerializedBodyNode, SerializedBodyNode> = z.lazy(() =>
  z
    .looseObject({
      type: z.enum(BODY_NODE_TYPES),
      version: z.number().int().nonnegative(),
      children: z.array(bodyNodeSchema).optional(),
    })
    .superRefine((node, ctx) => {
      const problem = nodePropertyProblem(node);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
) as z.ZodType<SerializedBodyNode, SerializedBodyNode>;

/** Lexical's serialized editor state, limited to our node set. */
export const bodySchema = z
  .object({
    root: bodyNodeSchema.refine((n) => n.type === 'root', 'body.root must be a root node'),
  })
  // A node at level L (the root is 0) sits 2L + 1 objects and arrays deep (each level adds the
  // node and its children array); one more allows its own array properties (a table's widths).
  .refine((b) => !nestsDeeperThan(b.root, 2 * MAX_BODY_DEPTH + 2), 'body is nested too deeply');

export type ArticleBody = z.infer<typeof bodySchema>;

/** ISO calendar date (YYYY-MM-DD) or empty while the officer has not chosen one. */
const isoDate = z.union([z.literal(''), z.iso.date()]);

// Strict objects: a key this version does not know is refused rather than dropped on the next save.
export const articleMetaSchema = z.strictObject({
  title: z.string().max(500),
  sapo: z.string().max(5000),
  category: z.string().max(200),
  author: z.string().max(200),
  source: z.string().max(300),
  date: isoDate,
  keywords: z.array(z.string().max(100)).max(50),
});

export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const stampSchema = z.strictObject({
  at: z.iso.datetime({ offset: true }),
  by: z.string().max(200),
});

/** The name of a photo master inside the draft: media/<sha256 of its bytes>.jpg. */
export const MEDIA_HASH = PHOTO_HASH;

const fraction = z.number().min(0).max(1);

/**
 * The thumbnail the portal's list pages show, cut from the photo: a rectangle in fractions of the
 * photo as shown (EXIF orientation applied), wholly inside it (a hair of rounding allowed).
 */
export const photoCropSchema = z
  .strictObject({ x: fraction, y: fraction, width: fraction.positive(), height: fraction.positive() })
  .refine((c) => c.x + c.width <= 1 + 1e-6 && c.y + c.height <= 1 + 1e-6, 'the crop leaves the photo');
export type PhotoCrop = z.infer<typeof photoCropSchema>;

/** A photo the draft holds (its master is the entry media/<hash>.jpg). */
export const mediaItemSchema = z.strictObject({
  hash: z.string().regex(MEDIA_HASH),
  width: z.number().int().min(1).max(20_000),
  height: z.number().int().min(1).max(20_000),
  /** The camera file's name, for the officer ("DSC_0799.jpg"); never a path. */
  originalName: z.string().max(255),
  /** The article's main photo (ảnh đại diện) on the portal; without one, the first figure's. */
  main: z.literal(true).optional(),
  /** Where its thumbnail is cut when it is the main photo; without one, sharp's attention crop decides. */
  crop: photoCropSchema.optional(),
});
export type MediaItem = z.infer<typeof mediaItemSchema>;

const articleShape = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION),
  id: z.string().regex(ARTICLE_ID),
  meta: articleMetaSchema,
  /**
   * The template the draft was made from, its fields and a fingerprint of each part it wrote
   * (shared/templates/draft-template.ts). Optional: a draft written by hand has none.
   */
  template: draftTemplateSchema.optional(),
  body: bodySchema,
  media: z
    .array(mediaItemSchema)
    .max(1000)
    .refine((items) => new Set(items.map((item) => item.hash)).size === items.length, 'a photo is listed twice')
    .refine((items) => items.filter((item) => item.main).length <= 1, 'two main photos'),
  created: stampSchema,
  modified: stampSchema,
});

/**
 * The keys of an article.json this version does not know (`meta.comments`, `review`…), found
 * before the schema runs so that a file from a newer Soạn Tin says "update the app", not
 * "damaged": saving it here would silently drop what those keys hold.
 */
export function unknownArticleKeys(json: unknown): string[] {
  if (!isRecord(json)) return [];
  const unknown = (value: unknown, known: z.core.$ZodShape, prefix: string) =>
    isRecord(value) ? Object.keys(value).filter((key) => !(key in known)).map((key) => prefix + key) : [];
  return [
    ...unknown(json, articleShape.shape, ''),
    ...unknown(json.meta, articleMetaSchema.shape, 'meta.'),
    ...unknown(json.created, stampSchema.shape, 'created.'),
    ...unknown(json.modified, stampSchema.shape, 'modified.'),
    ...unknown(json.template, draftTemplateSchema.shape, 'template.'),
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The article, wherever one is checked (opening a file, a call from the page). Its nesting is
 * measured first, without recursion, so the recursive schema only ever sees a bounded depth.
 */
export const articleSchema = z
  .custom<z.input<typeof articleShape>>((value) => !nestsDeeperThan(value, MAX_ARTICLE_NESTING), {
    message: 'article is nested too deeply',
  })
  .pipe(articleShape)
  .refine((article) => figureHashes(article.body.root).every((hash) => article.media.some((item) => item.hash === hash)), {
    message: 'a figure shows a photo the draft does not list',
  });

/** The photo of every figure in the body, in order (a figure is a top-level block). */
export function figureHashes(root: SerializedBodyNode): string[] {
  return (root.children ?? []).filter((node) => node.type === 'figure').map((node) => node.media as string);
}

export type Article = z.infer<typeof articleSchema>;
