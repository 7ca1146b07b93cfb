import { describe, expect, it } from 'vitest';
import { articleSchema, nodePropertyProblem } from '../../../../shared/article/article-schema';
import { link, paragraph, root, text } from '../../../fixtures/lexical-json';
import { referenceArticle } from '../../../fixtures/drafts';

const withBody = (...children: Parameters<typeof root>) => ({ ...referenceArticle(), body: root(...children) });

describe('links in the body', () => {
  it.each(['https://hanam.gov.vn/tin-tuc', 'http://baohanam.com.vn', 'mailto:toasoan@hanam.gov.vn'])('keeps %j', (url) => {
    expect(articleSchema.safeParse(withBody(paragraph(link(url, text('Xem'))))).success).toBe(true);
    expect(nodePropertyProblem({ type: 'autolink', url })).toBeNull();
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///C:/Windows/win.ini', '', '//evil.example'])(
    'refuses %j in a link and an autolink',
    (url) => {
      expect(articleSchema.safeParse(withBody(paragraph(link(url, text('Xem'))))).success).toBe(false);
      expect(articleSchema.safeParse(withBody(paragraph({ ...link(url, text('Xem')), type: 'autolink' })))).toMatchObject({ success: false });
    },
  );

  it('refuses a link with no url at all', () => {
    const { url: _url, ...noUrl } = link('https://x.vn', text('Xem'));
    expect(articleSchema.safeParse(withBody(paragraph(noUrl as never))).success).toBe(false);
  });

  it('finds a bad link however deep it sits', () => {
    const deep = paragraph(text('a'), link('https://ok.vn', text('b')), link('javascript:void(0)', text('c')));
    expect(articleSchema.safeParse(withBody(paragraph(text('x')), deep)).success).toBe(false);
  });
});

describe('styles in the body', () => {
  it('keeps text without a style, as the editor writes it', () => {
    expect(articleSchema.safeParse(withBody(paragraph(text('Dự hội nghị có'))))).toMatchObject({ success: true });
  });

  it.each(['color:red', 'background:url(https://theo-doi.example/p.gif)', 'display:none'])('refuses text styled %j', (style) => {
    expect(articleSchema.safeParse(withBody(paragraph({ ...text('Dự hội nghị có'), style })))).toMatchObject({ success: false });
  });

  it('refuses a block whose text style would pass to what is typed in it', () => {
    expect(articleSchema.safeParse(withBody({ ...paragraph(text('x')), textStyle: 'font-size:1px' }))).toMatchObject({ success: false });
  });
});
