import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import type { BodyNodeType } from '../../../shared/article/body-nodes';
import { FigureNode } from './figure/FigureNode';
import { PictureSlotNode } from './figure/PictureSlotNode';

/** Node types every Lexical editor knows without registering a class. */
const BUILT_IN = 'built-in';

/**
 * The editor class of each node type in the shared registry (shared/article/body-nodes.ts).
 * Typed by the registry: a node type added there does not compile here until it has a class.
 * AutoLinkNode is registered so that a body holding one, which the schema allows, still opens.
 */
export const NODE_CLASSES: Record<BodyNodeType, Klass<LexicalNode> | typeof BUILT_IN> = {
  root: BUILT_IN,
  paragraph: BUILT_IN,
  text: BUILT_IN,
  tab: BUILT_IN,
  linebreak: BUILT_IN,
  heading: HeadingNode,
  quote: QuoteNode,
  list: ListNode,
  listitem: ListItemNode,
  link: LinkNode,
  autolink: AutoLinkNode,
  table: TableNode,
  tablerow: TableRowNode,
  tablecell: TableCellNode,
  figure: FigureNode,
};

/** The registry's classes, and the editor's own place-holder for a pasted picture on its way (never saved as itself). */
export const BODY_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  ...Object.values(NODE_CLASSES).filter((klass): klass is Klass<LexicalNode> => klass !== BUILT_IN),
  PictureSlotNode,
];
