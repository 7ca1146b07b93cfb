import { describe, expect, it } from 'vitest';
import type { SerializedBodyNode } from '../../../../shared/article/body-nodes';
import { nodePropertyProblem } from '../../../../shared/article/body-nodes';
import { htmlToBody } from '../../../../shared/import/html-to-body';
import { toTcvn3, toVni } from '../../../../shared/text/legacy/encode';

const textOf = (n: SerializedBodyNode): string => (n.type === 'text' ? (n.text as string) : n.type === 'linebreak' ? '\n' : (n.children ?? []).map(textOf).join(''));
const all = (n: SerializedBodyNode): SerializedBodyNode[] => [n, ...(n.children ?? []).flatMap(all)];

describe('htmlToBody: imported HTML into the body’s nodes, without a DOM', () => {
  it('converts each run in its own face and counts them', () => {
    const html =
      `<p><span style='font-family:".VnTime"'>${toTcvn3('Tỉnh ủy')}</span> và <font face="VNI-Times">${toVni('Thủy lợi')}</font>` +
      ` <span style='font-family:".VnTimeH"'>${toTcvn3('hà nam', { capitals: true })}</span></p>`;
    const { blocks, legacyRuns } = htmlToBody(html);
    expect(blocks.map(textOf)).toEqual(['Tỉnh ủy và Thủy lợi HÀ NAM']);
    expect(legacyRuns).toBe(3);
  });

  it('every node it makes is one the body accepts; scripts, unsafe links and styles do not cross', () => {
    const html =
      '<h1>Tiêu đề</h1><h4>Mục nhỏ</h4><blockquote>Trích</blockquote>' +
      '<p style="color:red" onclick="x()">Xem <a href="javascript:alert(1)">đây</a> và <a href="https://hanam.gov.vn">cổng</a><script>x()</script></p>' +
      '<ul><li>một<ul><li>hai</li></ul></li></ul><table><tr><th colspan=2>Đầu</th></tr><tr><td>a</td><td rowspan=999>b</td></tr></table>';
    const { blocks } = htmlToBody(html);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'quote', 'paragraph', 'list', 'table']);
    expect(blocks.map((b) => b.tag).slice(0, 2)).toEqual(['h2', 'h3']);
    expect(textOf(blocks[3])).toBe('Xem đây và cổng');
    const nodes = blocks.flatMap(all);
    expect(nodes.filter((n) => n.type === 'link').map((n) => n.url)).toEqual(['https://hanam.gov.vn']);
    for (const node of nodes) expect(nodePropertyProblem(node), node.type).toBeNull();
    const cells = nodes.filter((n) => n.type === 'tablecell');
    expect(cells.map((c) => [c.headerState, c.colSpan, c.rowSpan])).toEqual([[1, 2, 1], [0, 1, 1], [0, 1, 1]]);
  });

  it('a photo without a figure keeps its alt text (not read in the paragraph’s legacy face); a photo with one becomes a top-level figure', () => {
    const html = `<p style='font-family:".VnTime"'>${toTcvn3('Hình')}: <img src="a.jpg" alt="Đại biểu dự họp"><img src="b.jpg" alt="x"></p>`;
    const { blocks, missingPhotos } = htmlToBody(html, {
      figureFor: (src) => (src === 'b.jpg' ? { media: 'f'.repeat(64), width: 800, height: 600, alt: '' } : null),
    });
    expect(missingPhotos).toBe(1);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'figure']);
    expect(textOf(blocks[0])).toBe('Hình: Đại biểu dự họp');
    expect(blocks[1]).toMatchObject({ media: 'f'.repeat(64), alt: 'x', caption: [], size: 'full' });
  });
});
