import { describe, expect, it } from 'vitest';
import { renderPortalHtml } from '../../../../shared/export/portal-html';
import { DEFAULT_PORTAL_PROFILE, parsePortalProfile, type PortalProfile } from '../../../../shared/export/portal-profile';
import { verifyFragment } from '../../../../shared/export/verify-html';
import type { ExportNode } from '../../../../shared/export/export-node';
import { a, aligned, article, autolink, B, br, cell, CODE, figure, h, HASH_2, I, li, p, quote, row, S, SUB, SUP, t, tab, tableNode, U, ul } from './export-fixtures';

const SLUG = 'bai';

function profile(overrides: Record<string, unknown> = {}): PortalProfile {
  const parsed = parsePortalProfile({ sapoInBody: false, ...overrides });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.profile;
}

/** The body alone (no sapô), with photos named from the slug "bai". */
function html(children: ExportNode[], options: Record<string, unknown> = {}): string {
  return renderPortalHtml(article(children), { profile: profile(options), slug: SLUG });
}

describe('golden fragments: text and formats', () => {
  it('a plain paragraph is a bare <p>, with no class, style or id', () => {
    expect(html([p(t('Dự hội nghị có bà Lê Thị Thủy.'))])).toBe('<p>Dự hội nghị có bà Lê Thị Thủy.</p>');
  });

  it('each format has its tag, and nested formats nest in one fixed order', () => {
    expect(html([p(t('đậm', B), t(' nghiêng', I), t(' gạch', U), t(' H'), t('2', SUB), t('O m'), t('2', SUP))])).toBe(
      '<p><strong>đậm</strong><em> nghiêng</em><u> gạch</u> H<sub>2</sub>O m<sup>2</sup></p>',
    );
    expect(html([p(t('a', B | I | U))])).toBe('<p><strong><em><u>a</u></em></strong></p>');
  });

  it('a format shared by neighbouring runs stays open across them', () => {
    expect(html([p(t('Bí thư ', B), t('Tỉnh ủy', B | I), t(' Lê Thị Thủy', B))])).toBe(
      '<p><strong>Bí thư <em>Tỉnh ủy</em> Lê Thị Thủy</strong></p>',
    );
  });

  it('strikethrough is published as <s>; code has no portal tag and its text is published plain', () => {
    expect(html([p(t('bỏ', S), t(' và '), t('mã', CODE), t(' đậm', B | S))])).toBe('<p><s>bỏ</s> và mã<strong><s> đậm</s></strong></p>');
  });

  it('markup typed as text is escaped, quotes and apostrophes need nothing in text', () => {
    expect(html([p(t('<script>alert("x")</script> & \'b\' > c'))])).toBe(
      '<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; \'b\' &gt; c</p>',
    );
  });

  it('emoji and other astral characters pass through, lone surrogates and control characters do not', () => {
    expect(html([p(t('Chúc mừng 🎉👍🏽 \u0007x\ud800y'))])).toBe('<p>Chúc mừng 🎉👍🏽 xy</p>');
  });

  it('decomposed (NFD) Vietnamese comes out composed (NFC)', () => {
    const nfd = 'Tỉnh ủy Hà Nam đồng ý'.normalize('NFD');
    const out = html([p(t(nfd)), h('h2', t(nfd))]);
    expect(out).toBe('<p>Tỉnh ủy Hà Nam đồng ý</p>\n<h2>Tỉnh ủy Hà Nam đồng ý</h2>');
    expect(out).toBe(out.normalize('NFC'));
    expect(nfd).not.toBe(nfd.normalize('NFC')); // the input really was decomposed
  });

  it('a line break is <br>; breaks at the edges of a paragraph show nothing and are left out', () => {
    expect(html([p(br(), t('dòng một'), br(), t('dòng hai'), br(), br())])).toBe('<p>dòng một<br>dòng hai</p>');
    expect(html([p(t('a'), br(), br(), t('b'))])).toBe('<p>a<br><br>b</p>');
  });

  it('a line break inside bold text does not close the bold', () => {
    expect(html([p(t('Thứ nhất', B), br(), t('Thứ hai', B))])).toBe('<p><strong>Thứ nhất<br>Thứ hai</strong></p>');
  });

  it('empty paragraphs (nothing, spaces, breaks) are left out', () => {
    expect(html([p(), p(t('   ')), p(br()), p(t('Nội dung')), p()])).toBe('<p>Nội dung</p>');
  });
});

describe('golden fragments: runs of spaces', () => {
  it('one space between words stays a plain space', () => {
    expect(html([p(t('a b c'))])).toBe('<p>a b c</p>');
  });

  it('longer runs alternate non-breaking and plain spaces, ending plain (the line may still break)', () => {
    expect(html([p(t('a  b'))])).toBe('<p>a&nbsp; b</p>');
    expect(html([p(t('a   b'))])).toBe('<p>a &nbsp; b</p>');
    expect(html([p(t('a    b'))])).toBe('<p>a&nbsp; &nbsp; b</p>');
  });

  it('a run that crosses formats is judged as one run', () => {
    expect(html([p(t('a '), t(' b', B))])).toBe('<p>a&nbsp;<strong> b</strong></p>');
  });

  it('leading spaces start with a non-breaking one; trailing spaces are dropped (the editor hangs them too)', () => {
    expect(html([p(t('  thụt đầu dòng   '))])).toBe('<p>&nbsp; thụt đầu dòng</p>');
    expect(html([p(t('dòng một  '), br(), t(' dòng hai'))])).toBe('<p>dòng một<br>&nbsp;dòng hai</p>');
  });

  it('a tab is a space; a non-breaking space typed by the officer is kept as one', () => {
    expect(html([p(t('a'), tab(), t('b'))])).toBe('<p>a b</p>');
    expect(html([p(t('a\u00a0b'))])).toBe('<p>a&nbsp;b</p>');
  });
});

describe('golden fragments: links', () => {
  it('http, https and mailto links keep their address and only their address', () => {
    expect(html([p(t('Xem '), a('https://hanam.gov.vn/tin?id=1&p=2', t('cổng')), t(', '), a('mailto:ttdt@hanam.gov.vn', t('thư')), t(', '), a('http://x.vn', t('web')))])).toBe(
      '<p>Xem <a href="https://hanam.gov.vn/tin?id=1&amp;p=2">cổng</a>, <a href="mailto:ttdt@hanam.gov.vn">thư</a>, <a href="http://x.vn">web</a></p>',
    );
  });

  it('a link to any other scheme becomes its text', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'file:///C:/x', '/relative', '//evil.example/x', '']) {
      expect(html([p(a(url, t('bấm vào đây')))]), url).toBe('<p>bấm vào đây</p>');
    }
  });

  it('an address with a quote cannot leave its attribute', () => {
    expect(html([p(a('https://x.vn/"onmouseover="alert(1)', t('x')))])).toBe('<p><a href="https://x.vn/&quot;onmouseover=&quot;alert(1)">x</a></p>');
  });

  it('formats inside a link nest inside the <a>; an autolink is a link', () => {
    expect(html([p(a('https://x.vn', t('đậm', B), t(' thường')), t(' sau'))])).toBe('<p><a href="https://x.vn"><strong>đậm</strong> thường</a> sau</p>');
    expect(html([p(autolink('https://hanam.gov.vn'))])).toBe('<p><a href="https://hanam.gov.vn">https://hanam.gov.vn</a></p>');
  });

  it('two neighbouring links stay two links; a link inside a link keeps the outer address', () => {
    expect(html([p(a('https://a.vn', t('A')), a('https://b.vn', t('B')))])).toBe('<p><a href="https://a.vn">A</a><a href="https://b.vn">B</a></p>');
    expect(html([p(a('https://a.vn', t('A '), a('https://b.vn', t('B'))))])).toBe('<p><a href="https://a.vn">A B</a></p>');
  });
});

describe('golden fragments: blocks', () => {
  it('headings h2 and h3; h1 is published as h2 and h4–h6 as h3 (the portal takes only those)', () => {
    expect(html([h('h2', t('Kinh tế')), h('h3', t('Nông nghiệp')), h('h1', t('Một')), h('h5', t('Năm'))])).toBe(
      '<h2>Kinh tế</h2>\n<h3>Nông nghiệp</h3>\n<h2>Một</h2>\n<h3>Năm</h3>',
    );
  });

  it('a quote is a blockquote; alignment is dropped without profile classes', () => {
    expect(html([quote(t('Trích dẫn'), br(), t('hai'))])).toBe('<blockquote>Trích dẫn<br>hai</blockquote>');
    expect(html([aligned('center', t('Giữa'))])).toBe('<p>Giữa</p>');
  });

  it('bulleted, numbered and check lists; a nested list goes inside the item before it', () => {
    const nested = ul('bullet', [
      li(1, t('một')),
      li(2, ul('bullet', [li(1, t('một-a')), li(2, t('một-b'))])),
      li(2, t('hai', B)),
    ]);
    expect(html([nested])).toBe('<ul>\n<li>một<ul>\n<li>một-a</li>\n<li>một-b</li>\n</ul></li>\n<li><strong>hai</strong></li>\n</ul>');
    expect(html([ul('number', [li(1, t('a')), li(2, t('b'))], 3)])).toBe('<ol>\n<li>a</li>\n<li>b</li>\n</ol>');
    expect(html([ul('check', [li(1, t('việc'))])])).toBe('<ul>\n<li>việc</li>\n</ul>');
  });

  it('a list that opens with a nested list keeps it in an item of its own; empty items are left out', () => {
    expect(html([ul('number', [li(1, ul('number', [li(1, t('sâu'))])), li(2), li(3, t('x'))])])).toBe(
      '<ol>\n<li><ol>\n<li>sâu</li>\n</ol></li>\n<li>x</li>\n</ol>',
    );
    expect(html([ul('bullet', [li(1), li(2, t(' '))])])).toBe('');
  });

  it('a table: the header row in thead with th scope="col", a header column as th scope="row", spans kept', () => {
    const table = tableNode(
      row(cell(3, [p(t('Chỉ tiêu'))]), cell(1, [p(t('Năm 2021'))], { colSpan: 2 })),
      row(cell(2, [p(t('Thu nhập'))], { rowSpan: 2 }), cell(0, [p(t('65,50', B))]), cell(0, [p(t('triệu đồng'))])),
      row(cell(0, [p(t('12,93%'))]), cell(0, [p()])),
    );
    expect(html([table])).toBe(
      '<table>\n<thead>\n<tr><th scope="col">Chỉ tiêu</th><th scope="col" colspan="2">Năm 2021</th></tr>\n</thead>\n' +
        '<tbody>\n<tr><th scope="row" rowspan="2">Thu nhập</th><td><strong>65,50</strong></td><td>triệu đồng</td></tr>\n' +
        '<tr><td>12,93%</td><td></td></tr>\n</tbody>\n</table>',
    );
  });

  it('a table without a header row has only tbody; a cell of several paragraphs keeps them', () => {
    const table = tableNode(row(cell(0, [p(t('a')), p(t('b'))]), cell(0, [p(t('c'))])));
    expect(html([table])).toBe('<table>\n<tbody>\n<tr><td><p>a</p><p>b</p></td><td>c</td></tr>\n</tbody>\n</table>');
    expect(html([tableNode()])).toBe('');
  });
});

describe('golden fragments: figures', () => {
  it('a photo: src, alt, width, height, srcset, sizes, loading="lazy", caption with credit', () => {
    expect(html([figure()])).toBe(
      '<figure><img src="images/bai-1-800.jpg" alt="Các đại biểu dự hội nghị" width="760" height="507"' +
        ' srcset="images/bai-1-480.jpg 480w, images/bai-1-800.jpg 800w, images/bai-1-1200.jpg 1200w"' +
        ' sizes="(max-width: 760px) 100vw, 760px" loading="lazy">' +
        '<figcaption>Các đại biểu dự hội nghị (Ảnh: Minh Hà)</figcaption></figure>',
    );
  });

  it('caption runs keep bold and italic; a credit alone reads "Ảnh: …"; no caption and no credit, no figcaption', () => {
    const runs = [{ text: 'Bí thư Tỉnh ủy ', format: 0 }, { text: 'Lê Thị Thủy', format: B }, { text: ' phát biểu', format: I }];
    expect(html([figure({ caption: runs, credit: 'Ảnh: Văn Tuấn' })])).toContain(
      '<figcaption>Bí thư Tỉnh ủy <strong>Lê Thị Thủy</strong><em> phát biểu</em> (Ảnh: Văn Tuấn)</figcaption>',
    );
    expect(html([figure({ caption: [], credit: 'Văn Tuấn' })])).toContain('<figcaption>Ảnh: Văn Tuấn</figcaption>');
    expect(html([figure({ caption: [{ text: ' ', format: 0 }], credit: '' })])).not.toContain('figcaption');
  });

  it('photos are numbered in body order; a small master is never enlarged; half width is half the column', () => {
    const out = html([figure(), p(t('x')), figure({ media: HASH_2, width: 600, height: 400, size: 'half' })]);
    expect(out).toContain('<img src="images/bai-2-480.jpg" alt="Các đại biểu dự hội nghị" width="380" height="253" srcset="images/bai-2-480.jpg 480w, images/bai-2-600.jpg 600w" sizes="(max-width: 380px) 100vw, 380px" loading="lazy">');
    expect(out.indexOf('bai-1-')).toBeLessThan(out.indexOf('bai-2-'));
  });

  it('alt text and captions are escaped; an unknown size is full width', () => {
    const out = html([figure({ alt: '"><script>alert(1)</script>', caption: [{ text: '<img src=x onerror=alert(1)>', format: 0 }], size: 'huge' })]);
    expect(out).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(out).toContain('<figcaption>&lt;img src=x onerror=alert(1)&gt; (Ảnh: Minh Hà)</figcaption>');
    expect(out).toContain('width="760"');
  });

  it('WebP in a <picture> when the profile asks for it', () => {
    expect(html([figure()], { webp: true })).toContain(
      '<figure><picture><source type="image/webp" srcset="images/bai-1-480.webp 480w, images/bai-1-800.webp 800w, images/bai-1-1200.webp 1200w"><img src="images/bai-1-800.jpg"',
    );
  });

  it('an absolute image base gives absolute addresses', () => {
    expect(html([figure()], { imageBaseUrl: 'https://hanam.gov.vn/PublishingImages/2022/' })).toContain(
      'src="https://hanam.gov.vn/PublishingImages/2022/bai-1-800.jpg"',
    );
  });

  it('a photo inside another block, or one without a size, is not published', () => {
    expect(html([tableNode(row(cell(0, [figure()])))])).not.toContain('<img');
    expect(html([figure({ width: 0 })])).toBe('');
  });
});

describe('the profile', () => {
  it('by default the sapô opens the fragment as a bold paragraph (as the reference portal shows it)', () => {
    const out = renderPortalHtml(article([p(t('Thân bài.'))]), { profile: DEFAULT_PORTAL_PROFILE });
    expect(out).toBe('<p><strong>Chiều ngày 28/5/2022, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Thị ủy Duy Tiên.</strong></p>\n<p>Thân bài.</p>');
  });

  it('class names go only where the profile names them', () => {
    const classes = { sapo: 'sapo', p: 'noi-dung', figure: 'anh', figureHalf: 'anh-nho', figcaption: 'chu-thich', alignCenter: 'giua', a: 'lien-ket' };
    const out = renderPortalHtml(article([aligned('center', t('x'), a('https://x.vn', t('y'))), figure({ size: 'half' }), h('h2', t('z'))]), {
      profile: profile({ sapoInBody: true, classNames: classes }),
      slug: SLUG,
    });
    expect(out).toMatch(/^<p class="sapo"><strong>/);
    expect(out).toContain('<p class="noi-dung giua">x<a href="https://x.vn" class="lien-ket">y</a></p>');
    expect(out).toContain('<figure class="anh anh-nho"><img src=');
    expect(out).toContain('<figcaption class="chu-thich">');
    expect(out).toContain('<h2>z</h2>');
  });
});

describe('determinism and safety', () => {
  const rich = () => [
    h('h2', t('Tiêu đề  phụ')),
    p(t('Dự hội nghị có ', 0), t('bà Lê Thị Thủy', B), br(), a('https://hanam.gov.vn', t('cổng', I))),
    figure(),
    ul('bullet', [li(1, t('một')), li(2, ul('number', [li(1, t('hai'))]))]),
    tableNode(row(cell(1, [p(t('A'))]), cell(1, [p(t('B'))])), row(cell(2, [p(t('c'))]), cell(0, [p(t('d'))]))),
    quote(t('Trích')),
    p(t('đã đề ra./.')),
  ];

  it('the same article gives the same bytes, whatever order the JSON keys were saved in', () => {
    const first = html(rich());
    const shuffled = JSON.parse(JSON.stringify(rich()), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(html(rich())).toBe(first);
    expect(html(shuffled)).toBe(first);
  });

  it('what comes out passes the allow-list parse', () => {
    expect(verifyFragment(html(rich()))).toEqual([]);
    expect(verifyFragment(html(rich(), { webp: true }), { picture: true })).toEqual([]);
  });

  it('a body nested deeper than a draft can be is refused, not a stack overflow', () => {
    let node: ExportNode = li(1, t('đáy'));
    for (let i = 0; i < 5000; i++) node = li(1, ul('bullet', [node]));
    expect(() => html([ul('bullet', [node])])).toThrow(RangeError);
  });

  it('unknown node types publish their text, never their properties', () => {
    const odd: ExportNode = { type: 'mark', ids: ['c1'], style: 'color:red', children: [t('được đánh dấu')] };
    const oddBlock: ExportNode = { type: 'layout-container', children: [p(t('trong khối lạ'))] };
    expect(html([p(t('có '), odd), oddBlock])).toBe('<p>có được đánh dấu</p>\n<p>trong khối lạ</p>');
  });
});
