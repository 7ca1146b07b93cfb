import { nodePropertyProblem } from '../article/body-nodes';

/** The clipboard flavour Lexical writes on copy: the copied nodes as their JSON, with the editor's namespace. */
export const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';

interface ClipboardNode {
  type: string;
  children?: ClipboardNode[];
  [key: string]: unknown;
}

function problemIn(node: ClipboardNode): boolean {
  if (nodePropertyProblem(node) !== null) return true;
  return (node.children ?? []).some(problemIn);
}

/**
 * The nodes of a copy from our own body (the same namespace) that holds a figure: the figure
 * then comes back whole, with its photo, alt text, credit and the caption's bold and italic, in
 * this draft or another. Null for anything else (a copy of text only, another program's copy, a
 * node the registry refuses), which the HTML cleaner takes as before.
 */
export function copiedFigureNodes(json: string, namespace: string): ClipboardNode[] | null {
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof payload !== 'object' || payload === null) return null;
  const { namespace: from, nodes } = payload as { namespace?: unknown; nodes?: unknown };
  if (from !== namespace || !Array.isArray(nodes) || nodes.length === 0) return null;
  const list = nodes as ClipboardNode[];
  if (!list.every((node) => typeof node === 'object' && node !== null && typeof node.type === 'string')) return null;
  if (!list.some((node) => node.type === 'figure')) return null;
  return list.some(problemIn) ? null : list;
}
