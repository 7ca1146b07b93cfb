import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/article/article-schema';
import { FORMAT_VERSION } from '../../../../shared/article/format';
import { renderPortalHtml } from '../../../../shared/export/portal-html';
import { ExportError, describeExportError } from '../../../../shared/export/export-error';
import { assertSafeFragment, clipboardPayload, portalHtml } from '../../../../shared/export/portal-fragment';
import { DEFAULT_PORTAL_PROFILE, parsePortalProfile } from '../../../../shared/export/portal-profile';
import { article, figure, p, t } from './export-fixtures';

function thrown(run: () => unknown): ExportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExportError) return error;
    throw error;
  }
  throw new Error('expected an ExportError');
}

describe('the fragment for the command line and the clipboard', () => {
  it('`soan-tin html`: the verified fragment, with the warnings', () => {
    const result = portalHtml(article([figure(), p(t('Hết bài'))]), DEFAULT_PORTAL_PROFILE);
    expect(result.html).toMatch(/^<p><strong>Chiều ngày/);
    expect(result.checks.map((c) => c.code)).toEqual(['end-mark-missing']);
  });

  it('refused while a blocking problem remains, each problem listed in both languages', () => {
    const error = thrown(() => portalHtml(article([figure({ alt: '' }), p(t('x./.'))], { title: '' }), DEFAULT_PORTAL_PROFILE));
    const lines = describeExportError(error);
    expect(lines[0]).toBe('Chưa xuất được: bài còn lỗi cần sửa.');
    expect(lines[1]).toBe('Not exported: the article still has problems to fix.');
    expect(lines.slice(2)).toEqual([
      '- Bài chưa có tiêu đề. / The article has no title.',
      '- Ảnh 1 chưa có mô tả thay thế (alt) cho người khiếm thị. / Photo 1 has no alternative text (alt) for blind readers.',
    ]);
  });

  it('the clipboard gets text/html with absolute photo addresses when the profile has an absolute base, and text/plain', () => {
    const parsed = parsePortalProfile({ imageBaseUrl: 'https://hanam.gov.vn/PublishingImages/' });
    if (!parsed.ok) throw new Error('profile');
    const payload = clipboardPayload(article([figure(), p(t('Thân bài./.'))]), parsed.profile);
    expect(payload.html).toContain('src="https://hanam.gov.vn/PublishingImages/hoi-nghi-ban-thuong-vu-tinh-uy-lam-viec-voi-ban-thuong-vu-thi-uy-duy-tien-1-800.jpg"');
    expect(payload.text).toBe(
      'Chiều ngày 28/5/2022, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Thị ủy Duy Tiên.\n\nCác đại biểu dự hội nghị\n\nThân bài./.',
    );
  });

  it('unsafe HTML never passes the last check', () => {
    expect(() => assertSafeFragment('<p onclick="x()">a</p>', DEFAULT_PORTAL_PROFILE)).toThrow(ExportError);
    const error = thrown(() => assertSafeFragment('<p><img src=x onerror=alert(1)></p>', DEFAULT_PORTAL_PROFILE));
    expect(error.code).toBe('unsafe-html');
    expect(describeExportError(error)).toContain('- p[1]/img[1]: attribute onerror');
  });
});

describe('a saved article is what the exporter takes', () => {
  it('an Article from the draft file type-checks as an ExportArticle (the figure node is read loosely)', () => {
    const take = (article: Article) => renderPortalHtml(article, { profile: DEFAULT_PORTAL_PROFILE });
    const saved = { ...article([p(t('Thân bài./.'))]), formatVersion: FORMAT_VERSION, id: 'x', media: [], created: { at: '2022-05-28T10:00:00+07:00', by: '' } } as unknown as Article;
    expect(take(saved)).toContain('<p>Thân bài./.</p>');
  });
});
