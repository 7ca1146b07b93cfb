import { childrenOf, readFigure, type ExportNode } from './export-node';
import { captionLetters } from '../article/caption-runs';

/**
 * The body's plain text, block by block, as the editor counts it (Lexical's getTextContent puts
 * two line breaks between blocks): what the word count and the plain-text clipboard use.
 */
export function bodyText(root: ExportNode): string {
  return childrenOf(root)
    .map(blockText)
    .filter((t) => t !== '')
    .join('\n\n');
}

/** The text of one node and everything in it; a figure is its caption. */
export function blockText(node: ExportNode): string {
  const figure = readFigure(node);
  if (figure) return captionLetters(figure.caption);
  return nodeText(node, 0);
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablerow']);

function nodeText(node: ExportNode, depth: number): string {
  if (depth > 200) return '';
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : '';
    case 'tab':
      return '\t';
    case 'linebreak':
      return '\n';
    case 'tablecell':
      return childrenOf(node).map((c) => nodeText(c, depth + 1)).join(' ');
    default: {
      const kids = childrenOf(node);
      const blockKids = kids.some((k) => BLOCKS.has(k.type) || k.type === 'list' || k.type === 'table');
      return kids.map((c) => nodeText(c, depth + 1)).join(blockKids ? '\n' : '');
    }
  }
}
