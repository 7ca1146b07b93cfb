import { describe, expect, it } from 'vitest';
import type { SerializedBodyNode } from '../../../shared/article/article-schema';
import { checkForExport } from '../../../shared/export/export-checks';
import { DEFAULT_PORTAL_PROFILE } from '../../../shared/export/portal-profile';
import { renderPortalHtml } from '../../../shared/export/portal-html';
import { builtinTemplate } from '../../../shared/templates/builtin-templates';
import { articleFromTemplate } from '../../../shared/templates/template-article';
import { isUntouchedPlaceholder, showsTemplateHint } from '../../../shared/templates/template-mark';
import referenceFields from './reference-fields.json';

const made = (id: string, fields: Record<string, unknown>) =>
  articleFromTemplate({ template: builtinTemplate(id)!, fields: { ...fields, template: id }, id: 'draft-0001-template', now: new Date('2022-05-28T08:00:00Z') }).article;

/** The article with the officer's words typed into body block `i` (before its end, if it has one). */
function typedInto(article: ReturnType<typeof made>, i: number, words: string) {
  const blocks = article.body.root.children!.map((block, n) => {
    if (n !== i) return block;
    const kids = block.children ?? [];
    const end = kids.filter((k) => (k.$ as { templateEnd?: boolean } | undefined)?.templateEnd);
    const rest = kids.filter((k) => !end.includes(k));
    const typed: SerializedBodyNode = { detail: 0, format: 0, mode: 'normal', style: '', text: words, type: 'text', version: 1 };
    return { ...block, children: [...rest, typed, ...end] };
  });
  return { ...article, body: { root: { ...article.body.root, children: blocks } } };
}

describe('a template’s placeholders never reach the portal', () => {
  const article = made('working-session', referenceFields);
  const blocks = article.body.root.children!;
  const placeholders = blocks.map((b, i) => [b, i] as const).filter(([b]) => isUntouchedPlaceholder(b)).map(([, i]) => i);

  it('publishes the generated parts but no greyed hint', () => {
    expect(placeholders.length).toBeGreaterThanOrEqual(3);
    const html = renderPortalHtml(article, { profile: DEFAULT_PORTAL_PROFILE });
    expect(html).toContain('<p>Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng');
    expect(html).not.toMatch(/Số liệu chính|Tồn tại, hạn chế|ghi nhận những kết quả/);
  });

  it('names every placeholder left in the export checks, and none once the officer has written there', () => {
    const left = checkForExport(article).filter((c) => c.code === 'placeholder-left');
    // The placeholders and the directive's hint.
    expect(left.map((c) => (c.place.kind === 'body' ? c.place.path[0] : -1))).toEqual([...placeholders, blocks.length - 1]);
    let written = article;
    for (const i of [...placeholders, blocks.length - 1]) written = typedInto(written, i, 'Nội dung do phóng viên viết.');
    expect(checkForExport(written).filter((c) => c.code === 'placeholder-left')).toEqual([]);
    const html = renderPortalHtml(written, { profile: DEFAULT_PORTAL_PROFILE });
    expect(html).toContain('Bí thư Tỉnh ủy Lê Thị Thủy Nội dung do phóng viên viết../.</p>');
    expect(written.body.root.children!.some((b) => showsTemplateHint(b))).toBe(false);
  });

  it('leaves out the blank template’s lone end mark until something is written before it', () => {
    const blank = made('blank', {});
    expect(renderPortalHtml(blank, { profile: DEFAULT_PORTAL_PROFILE })).toBe('');
    expect(renderPortalHtml(typedInto(blank, 0, 'Tin ngắn'), { profile: DEFAULT_PORTAL_PROFILE })).toBe('<p>Tin ngắn./.</p>');
  });
});
