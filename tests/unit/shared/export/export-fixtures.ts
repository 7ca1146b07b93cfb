import type { ArticleMeta } from '../../../../shared/article/article-schema';
import type { ExportArticle, ExportNode } from '../../../../shared/export/export-node';
import { paragraph, root } from '../../../fixtures/lexical-json';

/** Articles and nodes for the export tests, in Lexical 0.52's serialized shapes. */

export const REFERENCE_TITLE = 'Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên';

export function meta(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    title: REFERENCE_TITLE,
    sapo: 'Chiều ngày 28/5/2022, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Thị ủy Duy Tiên.',
    category: 'Tin hoạt động của Lãnh đạo Tỉnh',
    author: 'Phòng Thông tin - Báo chí',
    source: 'Cổng Thông tin điện tử tỉnh Hà Nam',
    date: '2022-05-28',
    keywords: ['Duy Tiên', 'Tỉnh ủy'],
    ...overrides,
  };
}

export function article(children: ExportNode[], overrides: Partial<ArticleMeta> = {}): ExportArticle {
  return { meta: meta(overrides), body: root(...(children as never[])) as { root: ExportNode }, modified: { at: '2022-05-28T17:45:30+07:00', by: 'x' } };
}

/** A text node with any of Lexical's format bits. */
export function t(text: string, format = 0): ExportNode {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

export const B = 1;
export const I = 2;
export const S = 4;
export const U = 8;
export const CODE = 16;
export const SUB = 32;
export const SUP = 64;

export function p(...children: ExportNode[]): ExportNode {
  return paragraph(...(children as never[])) as ExportNode;
}

export function aligned(format: string, ...children: ExportNode[]): ExportNode {
  return { ...p(...children), format };
}

export function tab(): ExportNode {
  return { detail: 2, format: 0, mode: 'normal', style: '', text: '\t', type: 'tab', version: 1 };
}

export function br(): ExportNode {
  return { type: 'linebreak', version: 1 };
}

export function quote(...children: ExportNode[]): ExportNode {
  return { children, direction: null, format: '', indent: 0, type: 'quote', version: 1 };
}

export function h(tag: string, ...children: ExportNode[]): ExportNode {
  return { children, direction: null, format: '', indent: 0, tag, type: 'heading', version: 1 };
}

export function a(url: string, ...children: ExportNode[]): ExportNode {
  return { children, direction: null, format: '', indent: 0, rel: 'noopener', target: '_blank', title: 'Tiêu đề', url, type: 'link', version: 1 };
}

export function autolink(url: string): ExportNode {
  return { children: [t(url)], direction: null, format: '', indent: 0, isUnlinked: false, rel: null, target: null, title: null, url, type: 'autolink', version: 1 };
}

export function li(value: number, ...children: ExportNode[]): ExportNode {
  return { children, direction: null, format: '', indent: 0, value, type: 'listitem', version: 1 };
}

export function ul(listType: 'bullet' | 'number' | 'check', items: ExportNode[], start = 1): ExportNode {
  return { children: items, direction: null, format: '', indent: 0, listType, start, tag: listType === 'number' ? 'ol' : 'ul', type: 'list', version: 1 };
}

export function cell(headerState: number, children: ExportNode[], spans: { colSpan?: number; rowSpan?: number } = {}): ExportNode {
  return { backgroundColor: null, children, colSpan: spans.colSpan ?? 1, rowSpan: spans.rowSpan ?? 1, headerState, direction: null, format: '', indent: 0, type: 'tablecell', version: 1 };
}

export function row(...cells: ExportNode[]): ExportNode {
  return { children: cells, direction: null, format: '', indent: 0, type: 'tablerow', version: 1 };
}

export function tableNode(...rows: ExportNode[]): ExportNode {
  return { children: rows, direction: null, format: '', indent: 0, type: 'table', version: 1, colWidths: [120, 240] };
}

export const HASH_1 = '1'.repeat(64);
export const HASH_2 = '2'.repeat(64);

export function figure(overrides: Partial<Record<string, unknown>> = {}): ExportNode {
  return {
    type: 'figure',
    version: 1,
    media: HASH_1,
    width: 2560,
    height: 1707,
    alt: 'Các đại biểu dự hội nghị',
    caption: [{ text: 'Các đại biểu dự hội nghị', format: 0 }],
    credit: 'Minh Hà',
    size: 'full',
    ...overrides,
  };
}
