// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanPaste, cleanPastedHtml } from '../../../renderer/src/editor/paste/clean-html';
import { noneDropped } from '../../../renderer/src/editor/paste/paste-report';
import { toTcvn3, toVni } from '../../../shared/text/legacy/encode';
import { CLIPBOARD_FIXTURES, googleDocs, TCVN3_ATTENDEES, TCVN3_TITLE, webPage, wordTcvn3 } from '../../fixtures/clipboard';

/**
 * What the editor receives from a paste: cleanPastedHtml's document, which the paste plugin
 * hands to Lexical's $generateNodesFromDOM as is. Inputs are shaped like real clipboards
 * (Word's mso markup, Google Docs' wrapper, web pages) and like hostile ones.
 */
const clean = (html: string): string => cleanPastedHtml(html, new DOMParser()).body.innerHTML;
const cleanDoc = (html: string): HTMLElement => cleanPastedHtml(html, new DOMParser()).body;

/** The only elements the body knows, and the only attributes that may cross. */
const ALLOWED_ELEMENTS = new Set(['P', 'H2', 'H3', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'TABLE', 'TR', 'TD', 'TH', 'STRONG', 'EM', 'U', 'A', 'BR']);
const ALLOWED_ATTRIBUTES: Record<string, Set<string>> = { A: new Set(['href']), TD: new Set(['colspan', 'rowspan']), TH: new Set(['colspan', 'rowspan']) };

/** Every element and attribute of the output that is not on the allow-list. */
function foreign(body: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!ALLOWED_ELEMENTS.has(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      if (!ALLOWED_ATTRIBUTES[el.tagName]?.has(attr.name)) found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
    }
  }
  return found;
}

const WORD_HEAD =
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head>' +
  '<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">' +
  '<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Nguyễn Văn An</o:Author></o:DocumentProperties></xml><![endif]-->' +
  '<style><!-- /* Style Definitions */ p.MsoNormal, li.MsoNormal {margin:0cm; font-size:14.0pt; font-family:"Times New Roman",serif;} --></style>' +
  '</head><body lang=VI style="tab-interval:36.0pt"><!--StartFragment-->';
const WORD_TAIL = '<!--EndFragment--></body></html>';

/** A paragraph of Word's list: its typed marker in a mso-list:Ignore span between conditional brackets. */
const wordItem = (list: string, level: number, marker: string, text: string): string =>
  `<p class=MsoListParagraphCxSpMiddle style='margin-left:${36 * level}pt;text-indent:-18.0pt;mso-list:${list} level${level} lfo1'>` +
  `<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>${marker}` +
  `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span></span><![endif]>` +
  `<span lang=VI>${text}</span><o:p></o:p></p>\n`;

describe('cleanPastedHtml: Word', () => {
  it('keeps the text and its bold, drops classes, styles, o:p, the head and conditional comments', () => {
    const html =
      WORD_HEAD +
      `<p class=MsoNormal style='text-align:justify;line-height:150%'><span lang=VI style='font-size:14.0pt;mso-bidi-font-family:"Times New Roman"'>` +
      `Tổng thu ngân sách đạt <b><span style='mso-bidi-font-size:14.0pt'>76.300 tỷ đồng</span></b>, tăng 12,93%.<o:p></o:p></span></p>\n` +
      `<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n` +
      `<p class=MsoNormal>Dòng một<!--[if !supportLineBreakNewLine]--><br style='mso-special-character:line-break'><!--[endif]-->dòng hai<o:p></o:p></p>` +
      WORD_TAIL;
    expect(clean(html)).toBe('<p>Tổng thu ngân sách đạt <strong>76.300 tỷ đồng</strong>, tăng 12,93%.</p><p>Dòng một<br>dòng hai</p>');
  });

  // The weight rule once read `mso-bidi-font-weight:normal` (the weight of right-to-left
  // scripts, which Word writes on most of its bold runs) as the run's own weight and drops the bold.
  it("Word's bold keeps its bold when Word adds mso-bidi-font-weight:normal (right-to-left text only)", () => {
    const html = WORD_HEAD + `<p class=MsoNormal>Tổng thu đạt <b style='mso-bidi-font-weight:normal'>76.300 tỷ đồng</b>.</p>` + WORD_TAIL;
    expect(clean(html)).toBe('<p>Tổng thu đạt <strong>76.300 tỷ đồng</strong>.</p>');
  });

  // Every prefixed element (o:p, v:shape, w:…) was once dropped with its content, and Word
  // wraps the text of a content control (the fill-in fields of a template) in <w:Sdt>.
  it('the text inside a Word content control (<w:Sdt>) is kept', () => {
    const html = WORD_HEAD + '<p class=MsoNormal>Kính gửi: <w:Sdt DocPart="A1" ID="-1"><span lang=VI>Ban Tuyên giáo Tỉnh ủy</span></w:Sdt></p>' + WORD_TAIL;
    expect(clean(html)).toBe('<p>Kính gửi: Ban Tuyên giáo Tỉnh ủy</p>');
  });

  it('turns mso-list paragraphs into real lists, nested by level, numbered or bulleted by the typed marker', () => {
    const html =
      WORD_HEAD +
      '<p class=MsoNormal>Kết quả nổi bật:<o:p></o:p></p>\n' +
      wordItem('l0', 1, '1.', 'Thu nhập bình quân đạt 65,50 triệu đồng;') +
      wordItem('l0', 1, '2.', 'Giá trị sản xuất công nghiệp tăng 19,29%:') +
      wordItem('l0', 2, '·', 'khu công nghiệp Đồng Văn;') +
      wordItem('l0', 2, '·', 'cụm công nghiệp Cầu Giát.') +
      wordItem('l0', 1, '3.', 'Thu ngân sách đạt 1.259,84 tỷ đồng.') +
      '<p class=MsoNormal>Hội nghị kết thúc./.<o:p></o:p></p>' +
      WORD_TAIL;
    expect(clean(html)).toBe(
      '<p>Kết quả nổi bật:</p>' +
        '<ol><li>Thu nhập bình quân đạt 65,50 triệu đồng;</li>' +
        '<li>Giá trị sản xuất công nghiệp tăng 19,29%:<ul><li>khu công nghiệp Đồng Văn;</li><li>cụm công nghiệp Cầu Giát.</li></ul></li>' +
        '<li>Thu ngân sách đạt 1.259,84 tỷ đồng.</li></ol>' +
        '<p>Hội nghị kết thúc./.</p>',
    );
  });

  it('reads "a)", "(iv)" and "10." as numbers and symbol glyphs as bullets; no typed marker reaches the text', () => {
    const numbered = (marker: string) => cleanDoc(WORD_HEAD + wordItem('l0', 1, marker, 'mục') + WORD_TAIL);
    for (const marker of ['a)', '(iv)', '10.', 'IV.']) expect(numbered(marker).innerHTML, marker).toBe('<ol><li>mục</li></ol>');
    for (const marker of ['·', '§', '-', 'o', 'Ø']) expect(numbered(marker).innerHTML, marker).toBe('<ul><li>mục</li></ul>');
  });

  it('a list that starts deeper than level one still nests its items under one list', () => {
    const html = WORD_HEAD + wordItem('l0', 1, '·', 'một') + wordItem('l0', 3, '-', 'ba') + wordItem('l0', 1, '·', 'bốn') + WORD_TAIL;
    expect(clean(html)).toBe('<ul><li>một<ul><li><ul><li>ba</li></ul></li></ul></li><li>bốn</li></ul>');
  });

  it('keeps a Word table with its spans, without widths, borders or classes', () => {
    const html =
      WORD_HEAD +
      '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;mso-yfti-tbllook:1184">' +
      '<tr style="mso-yfti-irow:0"><td width=400 colspan=2 valign=top style="border:solid windowtext 1.0pt"><p class=MsoNormal><b>Chỉ tiêu năm 2022</b><o:p></o:p></p></td></tr>' +
      '<tr><td width=200 rowspan=2><p class=MsoNormal>Tăng trưởng<o:p></o:p></p></td><td><p class=MsoNormal>12,93%<o:p></o:p></p></td></tr>' +
      '<tr><td rowspan=999><p class=MsoNormal>76.300 tỷ đồng</p></td></tr>' +
      '</table>' +
      WORD_TAIL;
    expect(clean(html)).toBe(
      '<table><tr><td colspan="2"><p><strong>Chỉ tiêu năm 2022</strong></p></td></tr>' +
        '<tr><td rowspan="2"><p>Tăng trưởng</p></td><td><p>12,93%</p></td></tr>' +
        // A span no table of ours could have (999 rows) is not carried over.
        '<tr><td><p>76.300 tỷ đồng</p></td></tr></table>',
    );
  });

  it("reads TCVN3's ư (byte 0xAD, a soft hyphen in Windows-1252) as the letter in a .VnTime run", () => {
    // "Trường Chinh" in .VnTime, its bytes read as Windows-1252: ư is U+00AD, ờ is U+00EA.
    const typed = toTcvn3('Trường Chinh, ưu ưư');
    expect(typed).toBe('Tr\u00ad\u00eang Chinh, \u00adu \u00ad\u00ad');
    const html = WORD_HEAD + `<p class=MsoNormal><span style='font-family:".VnTime"'>${typed}</span></p>` + WORD_TAIL;
    expect(cleanDoc(html).innerHTML).toBe('<p>Trường Chinh, ưu ưư</p>');
  });

  it('keeps a soft hyphen (U+00AD) in a run with no legacy font, for the mojibake check to read', () => {
    const html = WORD_HEAD + `<p class=MsoNormal>Tr\u00ad\u00ecng Chinh, \u00adu \u00ad\u00ad</p>` + WORD_TAIL;
    const body = cleanDoc(html);
    expect(body.textContent).toBe('Tr\u00ad\u00ecng Chinh, \u00adu \u00ad\u00ad');
    expect(body.innerHTML).toBe('<p>Tr\u00ad\u00ecng Chinh, \u00adu \u00ad\u00ad</p>');
  });
});

describe('cleanPastedHtml: Google Docs', () => {
  const docs = (inner: string) => `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5e2a1c3d-7fff-1a2b-3c4d">${inner}</b>`;

  it('the wrapper around blocks carries no bold; weights, italics and underline of the spans do', () => {
    const html = docs(
      '<h1 dir="ltr" style="line-height:1.38;margin-top:20pt"><span style="font-size:20pt;font-family:Arial;font-weight:400">Hội nghị Ban Chấp hành Đảng bộ tỉnh</span></h1>' +
        '<p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-weight:400">Dự hội nghị có </span>' +
        '<span style="font-weight:700">bà Lê Thị Thủy</span><span style="font-style:italic"> - Bí thư Tỉnh ủy</span>' +
        '<span style="text-decoration:underline;-webkit-text-decoration-skip:none">, Chủ tịch HĐND tỉnh</span></p>',
    );
    expect(clean(html)).toBe(
      '<h2>Hội nghị Ban Chấp hành Đảng bộ tỉnh</h2>' +
        '<p>Dự hội nghị có <strong>bà Lê Thị Thủy</strong><em> - Bí thư Tỉnh ủy</em><u>, Chủ tịch HĐND tỉnh</u></p>',
    );
  });

  it('a single copied run inside the wrapper is not bold either', () => {
    expect(clean(docs('<span style="font-size:11pt;font-weight:400">chỉ một đoạn chữ</span>'))).toBe('chỉ một đoạn chữ');
  });

  it("Docs' lists (items holding presentational paragraphs) become plain list items", () => {
    const html = docs(
      '<ul style="margin-top:0;margin-bottom:0"><li dir="ltr" aria-level="1" style="list-style-type:disc"><p dir="ltr" role="presentation"><span>Mục một</span></p></li>' +
        '<li dir="ltr" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:700">Mục hai</span></p></li></ul>',
    );
    expect(clean(html)).toBe('<ul><li>Mục một</li><li><strong>Mục hai</strong></li></ul>');
  });
});

describe('cleanPastedHtml: web pages', () => {
  it('a layout table keeps its text in reading order, without layout attributes; relative links lose the link, not the text', () => {
    const html =
      '<table border=0 cellpadding=4 width=980 bgcolor="#f0f0f0"><tr>' +
      '<td width=200 valign=top><div class="menu"><a href="/">Trang chủ</a></div><div><a href="/tin-tuc">Tin tức</a></div></td>' +
      '<td><h1 class="title">Kỳ họp thứ 5</h1><p align=justify>Sáng ngày 3/6/2022, HĐND tỉnh khai mạc kỳ họp.</p></td>' +
      '</tr></table>';
    const body = cleanDoc(html);
    expect(body.innerHTML).toBe(
      '<table><tr><td><p>Trang chủ</p><p>Tin tức</p></td><td><h2>Kỳ họp thứ 5</h2><p>Sáng ngày 3/6/2022, HĐND tỉnh khai mạc kỳ họp.</p></td></tr></table>',
    );
    expect(foreign(body)).toEqual([]);
  });

  it('drops scripts, styles, iframes, forms, objects, svg and math with their content, and hidden text', () => {
    const html =
      '<base href="https://tin-gia.example/"><meta http-equiv="refresh" content="0;url=https://tin-gia.example">' +
      '<style>@import url(https://tin-gia.example/a.css); p { color: red }</style>' +
      '<p>Đầu<script>window.__pwned = 1</script> bài</p>' +
      '<noscript><p>Trình duyệt không chạy JavaScript</p></noscript>' +
      '<p>x<iframe srcdoc="<p>trong khung</p>">trong iframe</iframe>y</p>' +
      '<form action="https://tin-gia.example/"><input value="mật khẩu"><button>Gửi</button><select><option>lựa chọn</option></select><textarea>ghi chú</textarea></form>' +
      '<object data="x.swf">đối tượng</object><embed src="y.swf"><template><p>mẫu ẩn</p></template>' +
      '<svg onload="window.__pwned=2"><a href="javascript:alert(1)"><text>chữ trong svg</text></a><script>alert(2)</script></svg>' +
      '<math><mi>x</mi></math>' +
      '<p style="display: none">ẩn đi</p><span style="visibility:hidden">cũng ẩn</span>' +
      '<p>Cuối bài</p>';
    const body = cleanDoc(html);
    expect(body.innerHTML).toBe('<p>Đầu bài</p><p>xy</p><p>Cuối bài</p>');
  });

  it('no event handler, style, class or id survives, whatever the element or the quoting', () => {
    const html =
      '<p onclick="a()" ONMOUSEOVER=\'b()\' onfocus=c() class="lead" id="p1" style="background:url(javascript:alert(1))" data-x="1" title="t">Tin</p>' +
      '<div onpointerenter="d()"><span onanimationstart="e()" style="font-weight:bold">đậm</span></div>' +
      '<blockquote cite="https://a.vn" onbeforeinput="f()">Trích</blockquote>' +
      '<table onmouseenter="g()" summary="s"><tr onclick="h()"><th scope=col onclick="i()">Cột</th></tr></table>';
    const body = cleanDoc(html);
    expect(foreign(body)).toEqual([]);
    expect(body.innerHTML).toBe('<p>Tin</p><p><strong>đậm</strong></p><blockquote>Trích</blockquote><table><tr><th>Cột</th></tr></table>');
  });

  it('keeps http, https and mailto links (href only); javascript:, data:, vbscript: and disguised schemes keep just their text', () => {
    const html =
      '<p>' +
      '<a href="javascript:alert(1)">a</a>' +
      '<a href=" JaVaScRiPt:alert(1)">b</a>' +
      '<a href="java&#x09;script:alert(1)">c</a>' +
      '<a href="&#106;avascript:alert(1)">d</a>' +
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">e</a>' +
      '<a href="vbscript:msgbox(1)">f</a>' +
      '<a href="file:///C:/Windows/win.ini">g</a>' +
      '<a href="https://baohanam.com.vn/tin-tuc?id=1#dau" target="_blank" rel="noopener" title="Báo" onclick="x()">h</a>' +
      '<a href="mailto:toasoan@baohanam.com.vn">i</a>' +
      '<a href="http://hanam.gov.vn"><a href="https://long-nhau.example">j</a></a>' +
      '</p>';
    const body = cleanDoc(html);
    expect(body.innerHTML).toBe(
      '<p>abcdefg<a href="https://baohanam.com.vn/tin-tuc?id=1#dau">h</a><a href="mailto:toasoan@baohanam.com.vn">i</a><a href="https://long-nhau.example">j</a></p>',
    );
    expect(Array.from(body.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([
      'https://baohanam.com.vn/tin-tuc?id=1#dau',
      'mailto:toasoan@baohanam.com.vn',
      'https://long-nhau.example',
    ]);
  });

  it('drops web images and keeps the text around them; a data: PNG becomes a picture marker between the halves of its paragraph', () => {
    const html =
      '<p>Ảnh hội nghị<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==" alt="ảnh" onerror="x()">' +
      '<picture><source srcset="a.webp"><img src="https://anh.example/a.jpg"></picture> hết</p>';
    expect(clean(html)).toBe('<p>Ảnh hội nghị</p><st-picture data-index="0"></st-picture><p> hết</p>');
    const result = cleanPaste(html, new DOMParser());
    expect(result.pictures).toEqual([{ src: expect.stringMatching(/^data:image\/png;base64,/), alt: 'ảnh' }]);
    expect(result.dropped.images).toBe(1); // the web picture
  });
});

describe('cleanPastedHtml: Vietnamese text and size', () => {
  it('stores decomposed (NFD) text composed, in text, headings and links', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const html = `<h2>${nfd('Nghị quyết Tỉnh ủy')}</h2><p>${nfd('Thủy điện Hòa Bình')} <a href="https://a.vn">${nfd('Đảng bộ')}</a></p>`;
    const body = cleanDoc(html);
    expect(body.innerHTML).toBe('<h2>Nghị quyết Tỉnh ủy</h2><p>Thủy điện Hòa Bình <a href="https://a.vn">Đảng bộ</a></p>');
    expect(body.textContent).toBe((body.textContent ?? '').normalize('NFC'));
  });

  it('nested formatting wrappers collapse to one of each, through hundreds of levels', () => {
    // Chromium's parser hands over at most 512 levels; this stays under that.
    const depth = 300;
    const body = cleanDoc('<div>'.repeat(depth) + '<b><i>'.repeat(depth / 2) + 'sâu' + '</i></b>'.repeat(depth / 2) + '</div>'.repeat(depth));
    expect(body.innerHTML).toBe('<p><strong><em>sâu</em></strong></p>');
  });

  it('a long Word paste (5,000 styled paragraphs, 1.3 MB) arrives whole, every paragraph in order', () => {
    const count = 5000;
    const para = (i: number) =>
      `<p class=MsoNormal style='margin:0cm;text-align:justify;line-height:150%'><span lang=VI style='font-size:14.0pt;line-height:150%;font-family:"Times New Roman",serif'>` +
      `Đoạn ${i}: tổng thu ngân sách đạt <b>1.259,84 tỷ đồng</b>, tăng 12,93%.<o:p></o:p></span></p>\n`;
    const html = WORD_HEAD + Array.from({ length: count }, (_, i) => para(i + 1)).join('') + WORD_TAIL;
    expect(html.length).toBeGreaterThan(1_250_000);
    const paragraphs = Array.from(cleanDoc(html).children);
    expect(paragraphs).toHaveLength(count);
    expect(paragraphs.every((p) => p.tagName === 'P')).toBe(true);
    expect(paragraphs[0].innerHTML).toBe('Đoạn 1: tổng thu ngân sách đạt <strong>1.259,84 tỷ đồng</strong>, tăng 12,93%.');
    expect(paragraphs[count - 1].textContent).toBe(`Đoạn ${count}: tổng thu ngân sách đạt 1.259,84 tỷ đồng, tăng 12,93%.`);
    expect(paragraphs.map((p) => Number(/^Đoạn (\d+):/.exec(p.textContent ?? '')?.[1]))).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  }, 60_000);

  it('markup that never closes (a cut-off clipboard) keeps its text and no attribute', () => {
    const body = cleanDoc('<p class="x" onclick="a()">Chiều ngày 28/5/2022, <b style="color:red">Tỉnh ủy <i');
    expect(body.innerHTML).toBe('<p>Chiều ngày 28/5/2022, <strong>Tỉnh ủy </strong></p>');
  });
});

describe('cleanPastedHtml: runs in TCVN3 and VNI faces', () => {
  const paragraphs = (html: string) => Array.from(cleanDoc(html).children, (p) => p.textContent);

  it.each(CLIPBOARD_FIXTURES.filter((f) => f().html !== '').map((f) => [f().name, f] as const))(
    '%s: every paragraph reads as the Unicode text that was typed',
    (_name, fixture) => {
      const { html, expected } = fixture();
      const body = cleanDoc(html);
      expect(Array.from(body.querySelectorAll('p,h2,h3'), (p) => p.textContent)).toEqual(expected);
      expect(foreign(body)).toEqual([]);
    },
  );

  it('a .VnTime paragraph that holds a Times New Roman run converts only the legacy runs; bold is kept', () => {
    const { html } = wordTcvn3();
    const attendees = Array.from(cleanDoc(html).children)[2];
    expect(attendees.textContent).toBe(TCVN3_ATTENDEES);
    expect(attendees.querySelector('strong')?.textContent).toBe('bà Lê Thị Thủy');
  });

  it('the "H" faces give capitals, whether named on the run or by a Word style class', () => {
    const run = WORD_HEAD + `<p class=MsoNormal><span style='font-family:".VnTimeH"'>${toTcvn3('Bí thư Tỉnh ủy', { capitals: true })}</span></p>` + WORD_TAIL;
    expect(paragraphs(run)).toEqual(['BÍ THƯ TỈNH ỦY']);
    expect(paragraphs(wordTcvn3().html)[0]).toBe(TCVN3_TITLE);
  });

  it('reads <font face> and the mso-ascii and shorthand font declarations; a run without any font inherits its parent', () => {
    const vnTime = toTcvn3('Hội nghị');
    expect(paragraphs(`<p><font face=".VnTime">${vnTime}</font></p>`)).toEqual(['Hội nghị']);
    expect(paragraphs(`<p style="mso-ascii-font-family:.VnArial">${vnTime}</p>`)).toEqual(['Hội nghị']);
    expect(paragraphs(`<p style='font:bold 13.0pt ".VnTime"'><span>${vnTime}</span></p>`)).toEqual(['Hội nghị']);
    expect(paragraphs(`<p><font face="VNI-Helve">${toVni('Thủy lợi')}</font></p>`)).toEqual(['Thủy lợi']);
  });

  it('a Unicode font inside a legacy paragraph, and Word’s bidi font names, are not read as legacy', () => {
    const vnTime = toTcvn3('Tỉnh ủy');
    const html =
      `<p style='font-family:".VnTime"'>${vnTime} <span style='font-family:"Times New Roman"'>Hòa Bình</span></p>` +
      `<p style='mso-bidi-font-family:".VnTime";font-family:Arial'>Hòa Bình</p>`;
    expect(paragraphs(html)).toEqual(['Tỉnh ủy Hòa Bình', 'Hòa Bình']);
  });

  it('Google Docs and web pages are left as they were (no legacy face): no letter changes', () => {
    expect(paragraphs(googleDocs().html)).toEqual(googleDocs().expected);
    expect(clean(webPage().html)).toBe(
      '<table><tr><td><p>Trang chủ</p></td><td><h2>Kỳ họp thứ 5</h2><p>Sáng ngày 3/6/2022, HĐND tỉnh khai mạc kỳ họp.</p></td></tr></table>',
    );
  });
});

describe('cleanPaste: what the paste left out is reported, never silent', () => {
  const dropped = (html: string) => cleanPaste(html, new DOMParser()).dropped;

  it('takes the pictures of a Word paste in order (its VML shape and <img> fallback once each), reports its centred title; the text stays', () => {
    const html =
      WORD_HEAD +
      "<p class=MsoTitle align=center style='text-align:center'><b>HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY</b></p>" +
      "<p class=MsoNormal style='text-align:justify'>Các đại biểu dự hội nghị.<!--[if gte vml 1]><v:shape id=\"Picture_1\"><v:imagedata src=\"file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.jpg\"/></v:shape><![endif]--><![if !vml]><img width=602 height=401 src=\"file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg\" v:shapes=\"Picture_1\"><![endif]></p>" +
      "<p class=MsoNormal><img src=\"file:///C:/Temp/clip_image004.jpg\">Bí thư Tỉnh ủy phát biểu.</p>" +
      WORD_TAIL;
    const result = cleanPaste(html, new DOMParser());
    expect(result.dropped).toEqual({ ...noneDropped(), alignment: true });
    expect(result.pictures.map((p) => p.src.replace(/^.*\//, ''))).toEqual(['clip_image002.jpg', 'clip_image004.jpg']);
    expect(result.document.body.textContent).toContain('Bí thư Tỉnh ủy phát biểu.');
    // Each picture stands between paragraphs, where its figure will go.
    const top = Array.from(result.document.body.children).map((el) => el.nodeName.toLowerCase());
    expect(top.filter((name) => name === 'st-picture')).toHaveLength(2);
    expect(result.document.querySelector('p st-picture')).toBeNull();
  });

  it('justified and left-aligned paragraphs (the body’s own look) and empty centred lines are not reported', () => {
    const html =
      WORD_HEAD +
      "<p class=MsoNormal style='text-align:justify;line-height:150%'>Đoạn căn đều.</p><p align=left>Đoạn căn trái.</p>" +
      "<p class=MsoNormal align=center style='text-align:center'><o:p>&nbsp;</o:p></p>" +
      WORD_TAIL;
    expect(dropped(html)).toEqual(noneDropped());
  });

  it('right-aligned signatures, <center> and a text-align:end line count as alignment', () => {
    for (const html of ['<p style="text-align: right">TM. BAN THƯỜNG VỤ</p>', '<center>Kỳ họp thứ 5</center>', '<div style="color:red;text-align:end">Hà Nam</div>']) {
      expect(dropped(html).alignment, html).toBe(true);
    }
  });

  it("Word's highlighter, a coloured background on a run and <mark> are highlighting; Google Docs' transparent background is not", () => {
    expect(dropped(`<p>Chỉ tiêu <span style='background:yellow;mso-highlight:yellow'>65,50 triệu đồng</span></p>`).highlight).toBe(true);
    expect(dropped('<p><span style="background-color:#fff2cc">12,93%</span></p>').highlight).toBe(true);
    expect(dropped('<p>Tăng <mark>19,29%</mark></p>').highlight).toBe(true);
    expect(dropped(googleDocs().html).highlight).toBe(false);
    expect(dropped('<p><span style="background-color: transparent">a</span><span style="background:none">b</span><span style="background-color:rgba(0, 0, 0, 0)">c</span></p>').highlight).toBe(false);
    // A highlighted run with no text (Word's empty bookmark spans) shows nothing.
    expect(dropped("<p>x<span style='mso-highlight:yellow'></span></p>").highlight).toBe(false);
  });

  it("a Word text box (VML, or its positioned fallback) is dropped and counted with its text; a floating picture's fallback counts as a picture", () => {
    const textBox =
      "<p class=MsoNormal>Trước hộp.<!--[if gte vml 1]><v:shape><v:textbox><div><p>Trong hộp</p></div></v:textbox></v:shape><![endif]-->" +
      "<![if !vml]><span style='mso-ignore:vglayout;position:absolute;z-index:251659264'><table cellpadding=0 cellspacing=0><tr><td><div><p class=MsoNormal>Ghi chú trong hộp văn bản</p></div></td></tr></table></span><![endif]>Sau hộp.</p>";
    const result = cleanPaste(WORD_HEAD + textBox + WORD_TAIL, new DOMParser());
    expect(result.dropped).toEqual({ ...noneDropped(), textBoxes: 1 });
    expect(result.document.body.textContent).toBe('Trước hộp.Sau hộp.');
    // VML that reached the DOM (not in a comment) counts the same way.
    expect(dropped('<p>a<v:shape><v:textbox>Hộp</v:textbox></v:shape><v:shape><v:imagedata src="x.jpg"></v:imagedata></v:shape></p>')).toEqual({ ...noneDropped(), textBoxes: 1, images: 1 });
    const floating = "<p>a<span style='mso-ignore:vglayout;position:absolute'><img width=200 height=100 src='clip_image001.png'></span>b</p>";
    expect(dropped(floating)).toEqual({ ...noneDropped(), images: 1 });
  });

  it('video, frames, drawings, form fields and rules are counted as unsupported; scripts, styles and hidden text are not', () => {
    const html =
      '<p>Tin<iframe src="https://video.example/embed"></iframe><video src="a.mp4"></video><svg><text>logo</text></svg></p><hr>' +
      '<form><input value="Tìm kiếm"><button>Gửi</button></form><script>x()</script><style>p{}</style><p style="display:none">ẩn</p>' +
      '<picture><source srcset="a.webp"><img src="a.jpg"></picture>';
    expect(dropped(html)).toEqual({ ...noneDropped(), unsupported: 5, images: 1 });
    expect(dropped(webPage().html)).toEqual(noneDropped());
  });

  it('a paste with nothing left out reports nothing', () => {
    expect(dropped('<p>Dự hội nghị có <b>bà Lê Thị Thủy</b>, <a href="https://hanam.gov.vn">Cổng</a>.</p><ul><li>một</li></ul>')).toEqual(noneDropped());
  });

  it('<pre> keeps its line breaks; the last one does not make an empty line', () => {
    expect(clean('<pre>Chỉ tiêu      Năm 2021\nThu nhập       65,50\r\nNgân sách   1.259,84\n</pre>')).toBe(
      '<p>Chỉ tiêu      Năm 2021<br>Thu nhập       65,50<br>Ngân sách   1.259,84</p>',
    );
    // Outside <pre>, markup line breaks stay spaces.
    expect(clean('<p>Dòng\nvẫn một dòng</p>')).toBe('<p>Dòng vẫn một dòng</p>');
  });

  it('smart tags and other Word wrappers keep their text; Office math is dropped and said', () => {
    expect(clean(WORD_HEAD + '<p class=MsoNormal>Tỉnh <st1:place w:st="on"><st1:City w:st="on">Hà Nam</st1:City></st1:place>.</p>' + WORD_TAIL)).toBe('<p>Tỉnh Hà Nam.</p>');
    expect(dropped('<p>Công thức <m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath></p>').unsupported).toBe(1);
  });

  it("a Word italic run with mso-bidi-font-style is italic by its tag only; a span with only the bidi style is not", () => {
    expect(clean("<p><i style='mso-bidi-font-style:normal'>nghiêng</i> <span style='mso-bidi-font-style:italic'>thẳng</span></p>")).toBe(
      '<p><em>nghiêng</em> thẳng</p>',
    );
  });
});
