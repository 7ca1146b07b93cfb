import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../shared/export/html-escape';
import { readFigure, type ExportArticle } from '../../../../shared/export/export-node';
import { exportMetadata, packageImage } from '../../../../shared/export/metadata';
import { renderPortalHtml } from '../../../../shared/export/portal-html';
import { parsePortalProfile, type PortalProfile } from '../../../../shared/export/portal-profile';
import { PREVIEW_CLASSES, previewPage, previewStylesheet } from '../../../../shared/export/preview-page';
import { verifyFragment, verifyPage } from '../../../../shared/export/verify-html';
import { a, article, B, cell, figure, h, I, li, p, quote, row, t, tableNode, ul } from './export-fixtures';
import { scriptCapable, visibleText } from './script-free';
import { XSS_VECTORS } from './xss-vectors';

function profile(input: object): PortalProfile {
  const r = parsePortalProfile(input);
  if (!r.ok) throw new Error(r.problems.join());
  return r.profile;
}

const PROFILES: [string, PortalProfile][] = [
  ['default', profile({})],
  ['webp and classes', profile({ webp: true, classNames: { p: 'noi-dung', figure: 'anh', a: 'lk', sapo: 'sapo' }, imageBaseUrl: 'https://hanam.gov.vn/PublishingImages/' })],
];

/** The vector everywhere an article holds text: body text of each block, link text and address, caption, alt, credit, metadata. */
function hostileArticle(v: string): ExportArticle {
  return article(
    [
      h('h2', t(v)),
      p(t('Trước '), t(v, B), t(' sau')),
      p(a(v, t(v, I))),
      figure({ alt: v, caption: [{ text: v, format: 0 }, { text: v, format: B }], credit: v }),
      ul('bullet', [li(1, t(v)), li(2, ul('number', [li(1, t(v))]))]),
      tableNode(row(cell(1, [p(t(v))])), row(cell(2, [p(t(v))]), cell(0, [p(a(v, t(v)))]))),
      quote(t(v)),
    ],
    { title: v, sapo: v, category: v, author: v, source: v, keywords: [v] },
  );
}

const normalised = (s: string) => cleanText(s).replace(/\s+/g, '');

describe(`${XSS_VECTORS.length} XSS vectors put into an article`, () => {
  it('are at least 100, all different', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(XSS_VECTORS).size).toBe(XSS_VECTORS.length);
  });

  it('the judge itself sees them when they are not escaped (so it can fail)', () => {
    const caught = XSS_VECTORS.filter((v) => scriptCapable(v).length > 0 || scriptCapable(`<a href="${v.replace(/"/g, '&quot;')}">x</a>`).length > 0);
    expect(caught.length).toBeGreaterThanOrEqual(115);
    expect(scriptCapable('<p>Tin <strong>tốt</strong> <a href="https://hanam.gov.vn">đây</a></p>')).toEqual([]);
  });

  for (const [name, prof] of PROFILES) {
    it(`the fragment holds no script-capable construct and passes the allow-list (${name} profile)`, () => {
      for (const v of XSS_VECTORS) {
        const html = renderPortalHtml(hostileArticle(v), { profile: prof, slug: 'bai' });
        expect(scriptCapable(html), v).toEqual([]);
        expect(verifyFragment(html, { picture: prof.webp, classTokens: new Set(Object.values(prof.classNames)) }), v).toEqual([]);
      }
    });
  }

  it('the vector is published as the text it is, not dropped and not run', () => {
    for (const v of XSS_VECTORS) {
      if (normalised(v) === '') continue;
      const html = renderPortalHtml(article([p(t(v))]), { profile: PROFILES[0][1], slug: 'bai', sapoInBody: false });
      expect(normalised(visibleText(html)), v).toBe(normalised(`${v}`.normalize('NFC')));
    }
  });

  it('a link to a vector address is a link only when the address is http, https or mailto', () => {
    for (const v of XSS_VECTORS) {
      const html = renderPortalHtml(article([p(a(v, t('bấm')))]), { profile: PROFILES[0][1], slug: 'bai', sapoInBody: false });
      if (html.includes('<a ')) expect(/^(https?:\/\/|mailto:)/i.test(v.trim()), v).toBe(true);
      expect(visibleText(html)).toBe('bấm');
    }
  });

  it('the preview page holds no script-capable construct either', () => {
    const stylesheet = previewStylesheet(760);
    const styleSha256 = createHash('sha256').update(stylesheet).digest('base64');
    for (const v of XSS_VECTORS) {
      const draft = hostileArticle(v);
      for (const sapoInFragment of [true, false]) {
        const fragment = renderPortalHtml(draft, { profile: PROFILES[0][1], slug: 'bai', sapoInBody: sapoInFragment });
        const page = previewPage({ article: draft, fragment, sapoInFragment, portalName: v, columnWidth: 760, stylesheet, styleSha256 });
        expect(scriptCapable(page, { page: true }), v).toEqual([]);
        expect(verifyPage(page, { pageClasses: PREVIEW_CLASSES }), v).toEqual([]);
      }
    }
  });

  it('metadata keeps vectors as data; its image fields are safe <img> fragments', () => {
    for (const v of XSS_VECTORS) {
      const draft = hostileArticle(v);
      const fig = readFigure(draft.body.root.children![3])!;
      const meta = exportMetadata({
        article: draft,
        fragment: '',
        main: { figure: fig, image: packageImage('images/', 'bai-anh-chinh.jpg', 800, 533), thumbnail: packageImage('images/', 'bai-anh-thu-nho.jpg', 400, 300) },
      });
      for (const field of ['PublishingPageImage', 'PublishingRollupImage'] as const) {
        expect(scriptCapable(meta.sharePoint[field].value), v).toEqual([]);
        expect(verifyFragment(meta.sharePoint[field].value), v).toEqual([]);
      }
      expect(JSON.parse(JSON.stringify(meta)).title).toBe(cleanText(v).replace(/\s+/g, ' ').trim());
    }
  });
});
