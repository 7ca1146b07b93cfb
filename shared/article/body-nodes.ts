import { z } from 'zod';
import { isSafeHref } from '../paste/safe-href';

/**
 * The one registry of the body's node types: for each, the schema of its own properties (as
 * Lexical 0.52's `exportJSON` writes them) and which node types it may hold. The article schema,
 * the editor's node list, the paste cleaner and the portal HTML serializer all read it, so a new
 * node (the figure) is one entry here plus its editor class.
 *
 * Properties are typed where they matter (a heading's level, a list's type, a link's address, a
 * table cell's header state and spans, a text's format bits) and refused when they would carry
 * something the editor never writes (inline styles, script links). Keys Lexical writes that we
 * do not read (a table's column widths) pass through unchanged.
 */

/** The heading levels the body allows, in order; pasted h1 becomes the first, h4–h6 the last. */
export const HEADING_TAGS = ['h2', 'h3'] as const;
export type HeadingTag = (typeof HEADING_TAGS)[number];

export const LIST_TYPES = ['bullet', 'number'] as const;

/** Lexical's text format bits that the body carries (bold, italic, underline, subscript, superscript). */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, subscript: 32, superscript: 64 } as const;
const ALLOWED_TEXT_FORMAT = Object.values(TEXT_FORMAT).reduce((bits, bit) => bits | bit, 0);

/** Lexical's table cell header bits. */
export const TABLE_HEADER = { none: 0, row: 1, column: 2 } as const;

const noStyle = z.literal('', { message: 'carries an inline style' }).optional();

const elementProps = {
  direction: z.enum(['ltr', 'rtl']).nullable().optional(),
  // Block alignment as Lexical writes it (ElementFormatType), or a number in old exports.
  format: z.union([z.enum(['', 'left', 'start', 'center', 'right', 'end', 'justify']), z.number().int().min(0).max(6)]).optional(),
  indent: z.number().int().min(0).max(20).optional(),
  // The format and style a block hands to text typed in it: a style would pass to that text.
  textFormat: z.number().int().min(0).optional(),
  textStyle: noStyle,
};

/**
 * What a template leaves on a paragraph of the skeleton, as Lexical NodeState (serialized under
 * "$"): which generated part it is (the window finds and updates it by this mark), the greyed
 * hint shown while the paragraph still holds what was generated (`base`, then `end`), and the
 * end ("./.") that stays real text. Typed here so that a draft cannot carry anything else in it.
 */
export const TEMPLATE_PARTS = ['attendees', 'directiveOpening'] as const;
export const templateMarkSchema = z.strictObject({
  part: z.enum(TEMPLATE_PARTS).optional(),
  hint: z.string().min(1).max(2000).optional(),
  base: z.string().max(5000).optional(),
  end: z.string().min(1).max(20).optional(),
});
export type TemplateMark = z.infer<typeof templateMarkSchema>;
const paragraphState = z.looseObject({ template: templateMarkSchema.optional() }).optional();
/** The end of a template paragraph ("./.") is its own text node, so the hint can show before it. */
const textState = z.looseObject({ templateEnd: z.literal(true).optional() }).optional();

const textProps = {
  text: z.string(),
  $: textState,
  format: z
    .number()
    .int()
    .min(0)
    .refine((bits) => (bits & ~ALLOWED_TEXT_FORMAT) === 0, 'text carries a format the body does not have'),
  detail: z.number().int().min(0).optional(),
  mode: z.enum(['normal', 'token', 'segmented']).optional(),
  style: noStyle,
};

const safeUrl = z.string().max(8192).refine(isSafeHref, 'a link must go to an http, https or mailto address');
const optionalText = z.string().max(2000).nullable().optional();
const linkProps = { ...elementProps, url: safeUrl, rel: optionalText, target: optionalText, title: optionalText };

/** The blocks that stand at the top of the body (and inside a table cell). */
const BLOCKS = ['paragraph', 'heading', 'quote', 'list', 'table'] as const;

/** How wide a figure is shown: the column, half of it (beside text on the portal), or its own pixels. */
export const FIGURE_SIZES = ['full', 'half', 'original'] as const;
export type FigureSize = (typeof FIGURE_SIZES)[number];

/** A caption run: plain text, bold or italic (the portal centres captions in italics). */
const CAPTION_FORMAT = TEXT_FORMAT.bold | TEXT_FORMAT.italic;
export const captionRunSchema = z.strictObject({
  text: z.string().max(2000),
  format: z
    .number()
    .int()
    .min(0)
    .refine((bits) => (bits & ~CAPTION_FORMAT) === 0, 'a caption is plain, bold or italic'),
});
export type CaptionRun = z.infer<typeof captionRunSchema>;

export const PHOTO_HASH = /^[0-9a-f]{64}$/;

/** A figure's own properties: the editor's FigureNode and the portal serializer both read this shape. */
const figureProps = {
  media: z.string().regex(PHOTO_HASH),
  /** The master's pixels. */
  width: z.number().int().min(1).max(20_000),
  height: z.number().int().min(1).max(20_000),
  alt: z.string().max(1000),
  caption: z.array(captionRunSchema).max(50),
  credit: z.string().max(300),
  size: z.enum(FIGURE_SIZES),
};
export type FigureProps = z.infer<z.ZodObject<typeof figureProps>>;
const INLINE = ['text', 'linebreak', 'tab', 'link', 'autolink'] as const;

interface NodeEntry {
  props: z.ZodType;
  /** The node types it may hold; absent for leaves, which hold none. */
  children?: readonly string[];
}

export const BODY_NODE_REGISTRY = {
  root: { props: z.looseObject(elementProps), children: [...BLOCKS, 'figure'] },
  // A photo with its caption: a block of its own, whose master is the draft's media/<media>.jpg.
  figure: { props: z.looseObject(figureProps) },
  paragraph: { props: z.looseObject({ ...elementProps, $: paragraphState }), children: INLINE },
  heading: { props: z.looseObject({ ...elementProps, tag: z.enum(HEADING_TAGS) }), children: INLINE },
  quote: { props: z.looseObject(elementProps), children: INLINE },
  list: {
    props: z.looseObject({
      ...elementProps,
      listType: z.enum(LIST_TYPES),
      start: z.number().int().min(0).max(100_000).optional(),
      tag: z.enum(['ul', 'ol']).optional(),
    }),
    children: ['listitem'],
  },
  // A nested list is a list item whose child is a list.
  listitem: {
    props: z.looseObject({ ...elementProps, value: z.number().int().min(0).max(100_000).optional(), checked: z.never().optional() }),
    children: [...INLINE, 'list'],
  },
  link: { props: z.looseObject(linkProps), children: ['text', 'linebreak', 'tab'] },
  autolink: { props: z.looseObject({ ...linkProps, isUnlinked: z.boolean().optional() }), children: ['text', 'linebreak', 'tab'] },
  table: { props: z.looseObject({ ...elementProps, colWidths: z.array(z.number().min(0).max(10_000)).max(200).optional() }), children: ['tablerow'] },
  tablerow: { props: z.looseObject({ ...elementProps, height: z.number().min(0).max(10_000).optional() }), children: ['tablecell'] },
  tablecell: {
    props: z.looseObject({
      ...elementProps,
      headerState: z.number().int().min(0).max(3),
      colSpan: z.number().int().min(1).max(200).optional(),
      rowSpan: z.number().int().min(1).max(10_000).optional(),
      // A cell colour is a style the portal would not show.
      backgroundColor: z.null().optional(),
      width: z.number().min(0).max(10_000).nullable().optional(),
    }),
    children: BLOCKS,
  },
  text: { props: z.looseObject(textProps) },
  tab: { props: z.looseObject(textProps) },
  linebreak: { props: z.looseObject({}) },
} as const satisfies Record<string, NodeEntry>;

export type BodyNodeType = keyof typeof BODY_NODE_REGISTRY;
export const BODY_NODE_TYPES = Object.keys(BODY_NODE_REGISTRY) as [BodyNodeType, ...BodyNodeType[]];

export interface SerializedBodyNode {
  type: BodyNodeType;
  version: number;
  children?: SerializedBodyNode[];
  [key: string]: unknown;
}

/**
 * What a node's own properties or its children's types may not be, or null when they are fine.
 * A draft can come from anyone: a link that runs script when a reader clicks it, or CSS the
 * editor never writes (a tracking background image, hidden text), is refused, not carried along.
 */
export function nodePropertyProblem(node: { type: string; children?: readonly { type: string }[]; [key: string]: unknown }): string | null {
  const entry: NodeEntry | undefined = (BODY_NODE_REGISTRY as Record<string, NodeEntry>)[node.type];
  if (!entry) return `unknown node type ${node.type}`;
  const checked = entry.props.safeParse(node);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return `${node.type}.${issue.path.join('.')}: ${issue.message}`;
  }
  if (node.children !== undefined) {
    if (!entry.children) return `${node.type} holds children`;
    const stray = node.children.find((child) => !entry.children!.includes(child.type));
    if (stray) return `${node.type} holds a ${stray.type}`;
  }
  return null;
}
