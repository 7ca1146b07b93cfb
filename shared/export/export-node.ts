import type { ArticleMeta } from '../article/article-schema';
import { FIGURE_SIZES, TEXT_FORMAT as BODY_TEXT_FORMAT, type CaptionRun, type FigureProps, type FigureSize } from '../article/body-nodes';
import type { CropFractions } from '../article/photo-crop';

/**
 * The body as the exporter reads it: Lexical's serialized JSON, typed loosely on purpose. The
 * exporter meets nodes the article schema does not list yet (the photo figure) and must cope
 * with whatever a draft holds without trusting a single property.
 */
export interface ExportNode {
  type: string;
  version?: number;
  children?: ExportNode[];
  [key: string]: unknown;
}

/** What the exporter needs of an article: its metadata and its body. */
export interface ExportArticle {
  meta: ArticleMeta;
  body: { root: ExportNode };
  /** The draft's photos; the one marked main is the page's main photo (else the first figure's). */
  media?: readonly { hash: string; main?: boolean; crop?: CropFractions }[];
  modified?: { at: string; by: string };
}

/**
 * Lexical's text format bits: the body registry's (shared/article/body-nodes.ts), and `code`,
 * which the body never holds but a foreign draft might: the exporter names it to drop it.
 */
export const TEXT_FORMAT = { ...BODY_TEXT_FORMAT, code: 16 } as const;

export type { CaptionRun, FigureSize };

/** A photo block: the master is `media` (its SHA-256), captioned in runs, credited. */
export type FigureNode = { type: 'figure' } & FigureProps;

const SIZES: readonly FigureSize[] = FIGURE_SIZES;

/**
 * A figure node's properties, each checked and defaulted: a draft is read, not trusted. Null
 * when the node is not a figure at all.
 */
export function readFigure(node: ExportNode): FigureNode | null {
  if (node.type !== 'figure') return null;
  const caption = Array.isArray(node.caption)
    ? node.caption.flatMap((run: unknown): CaptionRun[] => {
        if (typeof run !== 'object' || run === null) return [];
        const { text, format } = run as { text?: unknown; format?: unknown };
        return typeof text === 'string' ? [{ text, format: formatBits(format) }] : [];
      })
    : [];
  return {
    type: 'figure',
    media: typeof node.media === 'string' ? node.media : '',
    width: positiveInt(node.width),
    height: positiveInt(node.height),
    alt: typeof node.alt === 'string' ? node.alt : '',
    caption,
    credit: typeof node.credit === 'string' ? node.credit : '',
    size: SIZES.includes(node.size as FigureSize) ? (node.size as FigureSize) : 'full',
  };
}

/** A format bit field as Lexical writes it; anything else is no formatting. */
export function formatBits(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value & 0x7f : 0;
}

function positiveInt(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 0;
}

export function childrenOf(node: ExportNode): ExportNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : [];
}

export function isNode(value: unknown): value is ExportNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The top-level figures in body order: the photos of the article, numbered from 1 in this order. */
export function figuresOf(root: ExportNode): { figure: FigureNode; index: number; path: number[] }[] {
  const out: { figure: FigureNode; index: number; path: number[] }[] = [];
  const children: unknown[] = Array.isArray(root.children) ? root.children : [];
  children.forEach((child, i) => {
    const figure = isNode(child) ? readFigure(child) : null;
    if (figure) out.push({ figure, index: out.length + 1, path: [i] });
  });
  return out;
}
