// @vitest-environment happy-dom
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { createEditor, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/article/article-schema';
import { BODY_NODES } from '../../../renderer/src/editor/editor-nodes';
import { editorTheme } from '../../../renderer/src/editor/editor-theme';
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

  it('opened in the editor, shows what a leadership-meeting report has: bold names, a list, a heading, a link, a 2×2 table', () => {
    // The window's own node set and theme, rendered into a real (DOM) editing surface.
    const e = createEditor({ nodes: [...BODY_NODES], theme: editorTheme, onError: (error) => { throw error; } });
    const page = document.createElement('div');
    page.contentEditable = 'true';
    document.body.append(page);
    e.setRootElement(page);
    e.setEditorState(e.parseEditorState(referenceArticle().body as unknown as SerializedEditorState));
    const texts = (selector: string) => Array.from(page.querySelectorAll(selector), (el) => el.textContent);
    expect(texts('strong')).toEqual([
      'bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh',
      '65,50 triệu đồng',
      'Bí thư Tỉnh ủy Lê Thị Thủy',
    ]);
    expect(texts('ul > li')).toHaveLength(2);
    expect(texts('h2')).toEqual(['Kinh tế tăng trưởng khá']);
    expect(Array.from(page.querySelectorAll('a'), (a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['https://hanam.gov.vn', 'Cổng Thông tin điện tử tỉnh Hà Nam'],
    ]);
    expect(Array.from(page.querySelectorAll('table tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => c.textContent))).toEqual([
      ['Chỉ tiêu', 'Năm 2021'],
      ['Thu nhập bình quân đầu người', '65,50 triệu đồng'],
    ]);
    expect(page.textContent).toContain('đã đề ra./.');
    e.setRootElement(null);
    page.remove();
  });
});
