import { describe, expect, it } from 'vitest';
import { copiedFigureNodes } from '../../../shared/paste/lexical-figures';

const HASH = 'a'.repeat(64);
const figure = {
  type: 'figure',
  version: 1,
  media: HASH,
  width: 2400,
  height: 1600,
  alt: 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu',
  caption: [
    { text: 'Bí thư Tỉnh ủy ', format: 0 },
    { text: 'Lê Thị Thủy', format: 1 },
    { text: ' phát biểu', format: 2 },
  ],
  credit: 'Minh Hà',
  size: 'full',
};
const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Dự hội nghị', format: 0 }] };
const copy = (nodes: unknown[], namespace = 'soantin-body') => JSON.stringify({ namespace, nodes });

describe('a copy of figures from the body', () => {
  it('comes back whole, caption runs with their bold and italic', () => {
    expect(copiedFigureNodes(copy([paragraph, figure]), 'soantin-body')).toEqual([paragraph, figure]);
  });
  it('is left to the HTML cleaner when it holds no figure, comes from another editor, or is not JSON', () => {
    expect(copiedFigureNodes(copy([paragraph]), 'soantin-body')).toBeNull();
    expect(copiedFigureNodes(copy([figure], 'soantin-caption'), 'soantin-body')).toBeNull();
    expect(copiedFigureNodes('{"namespace":', 'soantin-body')).toBeNull();
    expect(copiedFigureNodes('"figure"', 'soantin-body')).toBeNull();
  });
  it('is refused when a node carries what the draft schema refuses (an underlined caption, a script link)', () => {
    expect(copiedFigureNodes(copy([{ ...figure, caption: [{ text: 'x', format: 8 }] }]), 'soantin-body')).toBeNull();
    const link = { type: 'paragraph', version: 1, children: [{ type: 'link', version: 1, url: 'javascript:alert(1)', children: [] }] };
    expect(copiedFigureNodes(copy([figure, link]), 'soantin-body')).toBeNull();
  });
});
