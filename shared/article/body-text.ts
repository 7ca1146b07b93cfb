import type { SerializedBodyNode } from './body-nodes';

/**
 * The body's text as a reader sees it: blocks on lines of their own, line breaks kept, for the
 * word count and checks outside the editor (the command line, the export). Walks with an
 * explicit stack; the schema has bounded the depth already.
 */
export function bodyPlainText(root: SerializedBodyNode): string {
  const lines: string[] = [];
  let line = '';
  const stack: (SerializedBodyNode | 'end-block')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      if (line !== '') lines.push(line);
      line = '';
      continue;
    }
    if (node.type === 'text' || node.type === 'tab') line += typeof node.text === 'string' ? node.text : '';
    else if (node.type === 'linebreak') line += '\n';
    const children = node.children ?? [];
    const isBlock = ['paragraph', 'heading', 'quote', 'listitem', 'tablecell'].includes(node.type);
    if (isBlock) stack.push('end-block');
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
