import { describe, expect, it } from 'vitest';
import { verifyFragment, verifyPage } from '../../../../shared/export/verify-html';

const kinds = (html: string, rules = {}) => verifyFragment(html, rules).map((p) => `${p.kind}:${p.detail}`);

describe('the allow-list parse lets our fragment through', () => {
  it('every allowed element with its allowed attributes passes', () => {
    const fragment =
      '<p><strong>a</strong><em>b</em><u>c</u><sub>d</sub><sup>e</sup><br><a href="https://x.vn">f</a></p>' +
      '<h2>g</h2><h3>h</h3><blockquote>i</blockquote><ul><li>j</li></ul><ol><li>k</li></ol>' +
      '<figure><img src="images/a-1-480.jpg" alt="x" width="760" height="507" srcset="images/a-1-480.jpg 480w, https://cdn.hanam.gov.vn/a-1-800.jpg 800w" sizes="(max-width: 760px) 100vw, 760px" loading="lazy"><figcaption>l</figcaption></figure>' +
      '<table><thead><tr><th scope="col" colspan="2">m</th></tr></thead><tbody><tr><th scope="row" rowspan="2">n</th><td colspan="1">o</td></tr></tbody></table>';
    expect(verifyFragment(fragment)).toEqual([]);
  });

  it('picture and source only when WebP is asked for', () => {
    const fragment = '<figure><picture><source type="image/webp" srcset="images/a-1-480.webp 480w"><img src="images/a.jpg" alt=""></picture></figure>';
    expect(verifyFragment(fragment, { picture: true })).toEqual([]);
    expect(kinds(fragment)).toEqual(['element:picture', 'element:source']);
  });

  it('class only when the profile names classes, and only those names', () => {
    expect(kinds('<p class="sapo">x</p>')).toEqual(['attribute:class']);
    expect(kinds('<p class="sapo">x</p>', { classTokens: new Set(['sapo']) })).toEqual([]);
    expect(kinds('<p class="sapo evil">x</p>', { classTokens: new Set(['sapo']) })).toEqual(['value:class="sapo evil"']);
  });
});

describe('hostile HTML that bypasses the serializer is caught', () => {
  const cases: [string, string, RegExp][] = [
    ['a script element', '<script>alert(1)</script>', /element:script/],
    ['a script in a paragraph', '<p>x<script src="https://evil.example/x.js"></script></p>', /element:script/],
    ['an event handler', '<img src=x onerror=alert(1)>', /attribute:onerror/],
    ['an event handler in upper case', '<P ONCLICK="alert(1)">x</P>', /attribute:onclick/],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /value:href/],
    ['a javascript: link behind entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>', /value:href/],
    ['a javascript: link with a tab entity', '<a href="jav&#x09;ascript:alert(1)">x</a>', /value:href/],
    ['a javascript: link with a newline entity and case', '<a href="JaVa&NewLine;ScRiPt:alert(1)">x</a>', /value:href/],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', /value:href/],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', /value:href/],
    ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', /value:src/],
    ['a javascript: image', '<img src="javascript:alert(1)">', /value:src/],
    ['a protocol-relative image', '<img src="//evil.example/track.gif">', /value:src/],
    ['a hostile srcset', '<img src="a.jpg" srcset="javascript:alert(1) 1w">', /value:srcset/],
    ['a style attribute', '<p style="background:url(javascript:alert(1))">x</p>', /attribute:style/],
    ['a CSS expression', '<p style="width:expression(alert(1))">x</p>', /attribute:style/],
    ['a style element', '<style>body{background:url(https://evil.example)}</style>', /element:style/],
    ['an id', '<p id="x">x</p>', /attribute:id/],
    ['an SVG with onload', '<svg onload="alert(1)"></svg>', /namespace:svg/],
    ['an SVG script', '<svg><script>alert(1)</script></svg>', /namespace:script/],
    ['an SVG link', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', /namespace:a/],
    ['MathML', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /namespace:math/],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /element:iframe/],
    ['an iframe with srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', /element:iframe/],
    ['an object', '<object data="x.swf"></object>', /element:object/],
    ['an embed', '<embed src="x.swf">', /element:embed/],
    ['a form', '<form action="https://evil.example"><button>x</button></form>', /element:form/],
    ['a base', '<base href="https://evil.example/">', /element:base/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', /element:meta/],
    ['a link element', '<link rel="stylesheet" href="https://evil.example/x.css">', /element:link/],
    ['a comment', '<p>x<!-- ghi chú --></p>', /comment:/],
    ["Word's conditional comment", '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->', /comment:\[if gte mso 9\]/],
    ["Word's downlevel-revealed conditional", '<![if !supportLists]><span>·</span><![endif]>', /comment:\[if !supportLists\]/],
    ['a template', '<template><script>alert(1)</script></template>', /element:template/],
    ['a noscript trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', /attribute:onerror/],
    ['a textarea trick', '<textarea><img src=x onerror=alert(1)></textarea>', /element:textarea/],
    ['an image with a bad width', '<img src="a.jpg" width="100%">', /value:width/],
    ['an image loading something odd', '<img src="a.jpg" loading="javascript:x">', /value:loading/],
    ['a bad scope', '<table><tbody><tr><th scope="javascript:x">x</th></tr></tbody></table>', /value:scope/],
    ['a target attribute', '<a href="https://x.vn" target="_blank">x</a>', /attribute:target/],
    ['a span', '<span>x</span>', /element:span/],
    ['a div', '<div>x</div>', /element:div/],
    ['an h1', '<h1>x</h1>', /element:h1/],
    ['a sizes attribute with CSS', '<img src="a.jpg" sizes="expression(alert(1))">', /value:sizes/],
    ['a source outside picture rules', '<source src="x.mp4">', /element:source/],
  ];

  for (const [name, html, expected] of cases) {
    it(name, () => {
      const found = kinds(html);
      expect(found.some((k) => expected.test(k)), `${html} → ${JSON.stringify(found)}`).toBe(true);
    });
  }

  it('each problem says where it is', () => {
    expect(verifyFragment('<p>a</p><p><a href="javascript:x">b</a></p>')).toEqual([{ kind: 'value', where: 'p[2]/a[1]', detail: 'href="javascript:x"' }]);
  });
});

describe('the page check', () => {
  const page = (head: string, body = '<div class="body"><p>x</p></div>') =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
  const pageClasses = new Set(['body']);
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-abc'">`;

  it('a page with a script-free CSP, our own stylesheet and fonts passes', () => {
    expect(verifyPage(page(`${csp}<style>@font-face{src:url('fonts/noto-serif-latin-400-normal.woff2')}</style>`), { pageClasses })).toEqual([]);
  });

  it('a stylesheet that imports or loads anything else fails', () => {
    for (const css of ['@import "https://evil.example/x.css";', 'p{background:url(https://evil.example/t.gif)}', 'p{behavior:url(x.htc)}', 'p{width:expression(alert(1))}', 'p{background:url("data:image/png;base64,AAA")}', 'p{background:u\\rl(javascript:alert(1))}']) {
      expect(verifyPage(page(`${csp}<style>${css}</style>`), { pageClasses }).some((p) => p.kind === 'style'), css).toBe(true);
    }
  });

  it('a CSP that lets script in, or a refresh, fails', () => {
    expect(verifyPage(page(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'">`), { pageClasses })).not.toEqual([]);
    expect(verifyPage(page(`<meta http-equiv="refresh" content="0;url=https://evil.example">`), { pageClasses })).not.toEqual([]);
  });

  it('a script anywhere in the page fails', () => {
    expect(verifyPage(page(csp, '<div class="body"><p>x</p></div><script>alert(1)</script>'), { pageClasses }).map((p) => p.detail)).toContain('script');
    expect(verifyPage(page(`${csp}<script src="x.js"></script>`), { pageClasses }).map((p) => p.detail)).toContain('script');
  });
});
