import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderPortalHtml } from '../../../../shared/export/portal-html';
import { DEFAULT_PORTAL_PROFILE } from '../../../../shared/export/portal-profile';
import { PREVIEW_CLASSES, PREVIEW_FONTS, previewPage, previewStylesheet } from '../../../../shared/export/preview-page';
import { verifyPage } from '../../../../shared/export/verify-html';
import { article, figure, p, t } from './export-fixtures';

type Element = DefaultTreeAdapterTypes.Element;

function build(sapoInFragment: boolean, overrides = {}) {
  const draft = article([figure(), p(t('Nội dung đã đề ra./.'))], overrides);
  const fragment = renderPortalHtml(draft, { profile: { ...DEFAULT_PORTAL_PROFILE, sapoInBody: sapoInFragment }, slug: 'bai' });
  const stylesheet = previewStylesheet(760);
  const styleSha256 = createHash('sha256').update(stylesheet).digest('base64');
  return { page: previewPage({ article: draft, fragment, sapoInFragment, portalName: 'Cổng TTĐT tỉnh Hà Nam', columnWidth: 760, stylesheet, styleSha256 }), styleSha256 };
}

function elements(node: DefaultTreeAdapterTypes.ParentNode): Element[] {
  return node.childNodes.flatMap((c) => ('tagName' in c ? [c as Element, ...elements(c as Element)] : []));
}
const textOf = (node: DefaultTreeAdapterTypes.ChildNode): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
const byClass = (all: Element[], name: string) => all.find((e) => e.attrs.some((a) => a.name === 'class' && a.value === name));

describe('preview.html', () => {
  const { page, styleSha256 } = build(true);
  const all = elements(parse(page));

  it('shows the category, the title, the date line and the body', () => {
    expect(textOf(byClass(all, 'category')!)).toBe('Tin hoạt động của Lãnh đạo Tỉnh');
    expect(textOf(byClass(all, 'title')!)).toBe('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên');
    expect(textOf(byClass(all, 'date')!)).toBe('Thứ Bảy, 28/5/2022');
    expect(textOf(all.find((e) => e.tagName === 'title')!)).toBe('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên');
    expect(textOf(byClass(all, 'body')!)).toContain('Nội dung đã đề ra./.');
  });

  it('the sapô is shown once, in bold: from the fragment, or from the page when the fragment has none', () => {
    const sapo = 'Chiều ngày 28/5/2022';
    const count = (html: string) => html.split(sapo).length - 1;
    expect(count(page)).toBe(1);
    const { page: own } = build(false);
    expect(count(own)).toBe(1);
    const sapoBlock = byClass(elements(parse(own)), 'sapo')!;
    expect(elements(sapoBlock).map((e) => e.tagName)).toEqual(['p', 'strong']);
  });

  it('captions are centred in italics, photos come from images/', () => {
    const css = previewStylesheet(760);
    expect(css).toMatch(/\.body figcaption\{[^}]*font-style:italic[^}]*text-align:center/);
    const img = all.find((e) => e.tagName === 'img')!;
    expect(img.attrs.find((a) => a.name === 'src')?.value).toMatch(/^images\/bai-1-\d+\.jpg$/);
  });

  it('runs no script and loads nothing from elsewhere: a strict CSP that names the stylesheet by its hash', () => {
    const csp = all.find((e) => e.tagName === 'meta' && e.attrs.some((a) => a.name === 'http-equiv'))!;
    const content = csp.attrs.find((a) => a.name === 'content')!.value;
    expect(content).toContain("default-src 'none'");
    expect(content).toContain(`style-src 'sha256-${styleSha256}'`);
    expect(content).not.toMatch(/script-src|unsafe/);
    const style = all.find((e) => e.tagName === 'style')!;
    expect(createHash('sha256').update(textOf(style)).digest('base64')).toBe(styleSha256);
    expect(verifyPage(page, { pageClasses: PREVIEW_CLASSES })).toEqual([]);
  });

  it('the fonts it names are the bundled woff2 files, referenced relatively, with Vietnamese covered', () => {
    const require = createRequire(import.meta.url);
    for (const font of PREVIEW_FONTS) {
      expect(existsSync(join(dirname(require.resolve(`${font.pkg}/package.json`)), 'files', font.file)), font.file).toBe(true);
      expect(previewStylesheet(760)).toContain(`url('fonts/${font.file}')`);
    }
    expect(PREVIEW_FONTS.filter((f) => f.family === 'Noto Serif').map((f) => `${f.weight} ${f.style}`)).toContain('400 italic');
    expect(PREVIEW_FONTS.some((f) => f.unicodeRange.includes('U+1EA0-1EF9'))).toBe(true);
  });

  it('metadata that looks like markup stays text', () => {
    const { page: hostile } = build(true, { title: '</title><script>alert(1)</script>', category: '<img src=x onerror=alert(1)>' });
    const els = elements(parse(hostile));
    expect(els.some((e) => e.tagName === 'script')).toBe(false);
    expect(textOf(byClass(els, 'title')!)).toBe('</title><script>alert(1)</script>');
    expect(verifyPage(hostile, { pageClasses: PREVIEW_CLASSES })).toEqual([]);
  });
});
