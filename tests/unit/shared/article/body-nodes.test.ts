import { describe, expect, it } from 'vitest';
import { BODY_NODE_TYPES, nodePropertyProblem } from '../../../../shared/article/body-nodes';
import { bodySchema } from '../../../../shared/article/article-schema';
import { heading, link, list, paragraph, root, table, text } from '../../../fixtures/lexical-json';

const accepts = (body: unknown) => bodySchema.safeParse(body).success;

describe('the body node registry', () => {
  it('names every node type the editor writes', () => {
    expect([...BODY_NODE_TYPES].sort()).toEqual(
      ['autolink', 'figure', 'heading', 'linebreak', 'link', 'list', 'listitem', 'paragraph', 'quote', 'root', 'tab', 'table', 'tablecell', 'tablerow', 'text'].sort(),
    );
  });

  it('accepts what Lexical writes for each of our nodes', () => {
    expect(accepts(root(paragraph(text('Dự hội nghị', 'bold')), heading('h3', text('Kết quả')), list('number', [[text('Một')]]), table([['A', 'B'], ['1', '2']])))).toBe(true);
  });

  it('limits a heading to the levels the body has', () => {
    expect(accepts(root(heading('h2', text('x'))))).toBe(true);
    expect(accepts(root({ ...heading('h2', text('x')), tag: 'h1' }))).toBe(false);
    expect(accepts(root({ ...heading('h2', text('x')), tag: 'h6' }))).toBe(false);
  });

  it('refuses a check list, a text format the body has no button for, and an inline style', () => {
    expect(accepts(root({ ...list('bullet', [[text('x')]]), listType: 'check' }))).toBe(false);
    expect(accepts(root(paragraph({ ...text('mã'), format: 16 })))).toBe(false); // code
    expect(accepts(root(paragraph({ ...text('x'), format: 128 })))).toBe(false); // highlight
    expect(accepts(root(paragraph({ ...text('x'), format: 1 | 2 | 8 | 32 | 64 })))).toBe(true);
    // Strikethrough, as news copy uses for a corrected figure: kept.
    expect(accepts(root(paragraph({ ...text('65,50 tỷ'), format: 4 })))).toBe(true);
    expect(accepts(root(paragraph({ ...text('m'), format: 0 }, { ...text('2'), format: 64 }, { ...text('CO'), format: 0 }, { ...text('2'), format: 32 })))).toBe(true);
    expect(accepts(root(paragraph({ ...text('x'), style: 'color: red' })))).toBe(false);
    expect(accepts(root({ ...paragraph(text('x')), textStyle: 'font-size: 1px' }))).toBe(false);
  });

  it('checks a table cell’s header state and spans, and refuses a cell colour', () => {
    const cell = (props: Record<string, unknown>) => {
      const t = table([['A']]) as { children: { children: Record<string, unknown>[] }[] };
      Object.assign(t.children[0].children[0], props);
      return root(t as never);
    };
    expect(accepts(cell({ headerState: 3, colSpan: 2, rowSpan: 3 }))).toBe(true);
    expect(accepts(cell({ headerState: 4 }))).toBe(false);
    expect(accepts(cell({ colSpan: 0 }))).toBe(false);
    expect(accepts(cell({ rowSpan: 1.5 }))).toBe(false);
    expect(accepts(cell({ backgroundColor: 'url(https://tracker.example/x.png)' }))).toBe(false);
  });

  it('refuses a node in a place the editor never puts one', () => {
    expect(nodePropertyProblem({ type: 'root', children: [{ type: 'text' }] })).toMatch(/root holds a text/);
    expect(nodePropertyProblem({ type: 'list', listType: 'bullet', children: [{ type: 'paragraph' }] })).toMatch(/list holds a paragraph/);
    expect(nodePropertyProblem({ ...text('x'), children: [] })).toMatch(/text holds children/);
    expect(accepts(root(paragraph(paragraph(text('x')) as never)))).toBe(false);
    expect(accepts(root(list('bullet', [[list('bullet', [[text('con')]])]])))).toBe(true);
  });

  it('keeps links to http, https and mailto only', () => {
    expect(accepts(root(paragraph(link('mailto:toasoan@hanam.gov.vn', text('thư')))))).toBe(true);
    expect(accepts(root(paragraph(link('javascript:alert(1)', text('x')))))).toBe(false);
    expect(accepts(root(paragraph(link('data:text/html,<script>', text('x')))))).toBe(false);
  });
});
