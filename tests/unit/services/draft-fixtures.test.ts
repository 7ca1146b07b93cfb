import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { createEditor, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/article/article-schema';
import { referenceArticle } from '../../fixtures/drafts';

function editor() {
  return createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, TableNode, TableRowNode, TableCellNode],
    onError: (error) => {
      throw error;
    },
  });
}

describe('the reference article fixture', () => {
  it('passes the article schema', () => {
    expect(articleSchema.safeParse(referenceArticle()).success).toBe(true);
  });

  it('is a Lexical 0.52 state that the editor loads and exports unchanged', () => {
    const body = referenceArticle().body as unknown as SerializedEditorState;
    const e = editor();
    e.setEditorState(e.parseEditorState(body));
    expect(e.getEditorState().toJSON()).toEqual(body);
  });

  it('holds the parts a leadership-meeting report has: bold names, a list, a heading, a link, a 2x2 table', () => {
    const body = JSON.stringify(referenceArticle().body);
    const types = new Set([...body.matchAll(/"type":"(\w+)"/g)].map((m) => m[1]));
    for (const type of ['paragraph', 'text', 'list', 'listitem', 'heading', 'link', 'table', 'tablerow', 'tablecell']) {
      expect(types, type).toContain(type);
    }
    expect(body).toContain('"format":1,"mode":"normal","style":"","text":"bà Lê Thị Thủy');
    const table = referenceArticle().body.root.children!.find((n) => n.type === 'table')!;
    expect(table.children).toHaveLength(2);
    expect(table.children!.every((row) => row.children!.length === 2)).toBe(true);
  });
});
