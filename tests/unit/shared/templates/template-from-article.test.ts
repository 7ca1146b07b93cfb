import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/article/article-schema';
import type { SerializedBodyNode } from '../../../../shared/article/body-nodes';
import { builtinTemplate } from '../../../../shared/templates/builtin-templates';
import { generateArticleParts } from '../../../../shared/templates/engine';
import { parseTemplate } from '../../../../shared/templates/parse-template';
import { articleFromTemplate } from '../../../../shared/templates/template-article';
import { sketchOf, templateFromArticle, templateJsonFromArticle } from '../../../../shared/templates/template-from-article';
import type { Template } from '../../../../shared/templates/template-schema';

const template = (id: string): Template => {
  const t = builtinTemplate(id);
  if (!t) throw new Error(`no built-in template ${id}`);
  return t;
};

const thuy = { honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] };
const TOPIC = 'tình hình, kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025';

const ELEMENT = { direction: null, format: '', indent: 0 } as const;
const text = (t: string, extra: Record<string, unknown> = {}): SerializedBodyNode => ({ detail: 0, format: 0, mode: 'normal', style: '', text: t, type: 'text', version: 1, ...extra });
const para = (t: string): SerializedBodyNode => ({ children: t ? [text(t)] : [], ...ELEMENT, textFormat: 0, textStyle: '', type: 'paragraph', version: 1 });
const heading = (t: string, tag: 'h2' | 'h3' = 'h2'): SerializedBodyNode => ({ children: [text(t)], ...ELEMENT, tag, type: 'heading', version: 1 });
const list = (items: string[]): SerializedBodyNode => ({
  children: items.map((t, i) => ({ children: [text(t)], ...ELEMENT, type: 'listitem', value: i + 1, version: 1 })),
  ...ELEMENT,
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  type: 'list',
  version: 1,
});
const figure: SerializedBodyNode = { type: 'figure', version: 1, media: 'a'.repeat(64), width: 1200, height: 800, alt: 'Các đại biểu dự hội nghị', caption: [{ text: 'Các đại biểu dự hội nghị', format: 0 }], credit: '', size: 'full' };

/** A paragraph typed into: the officer's words after what was there, keeping the paragraph's mark. */
function typedInto(node: SerializedBodyNode, words: string): SerializedBodyNode {
  const children = [...(node.children ?? [])];
  const endAt = children.findIndex((c) => (c as { $?: { templateEnd?: boolean } }).$?.templateEnd);
  const at = endAt === -1 ? children.length : endAt;
  const before = children.slice(0, at).map((c) => String((c as { text?: unknown }).text ?? '')).join('');
  return { ...node, children: [text(before + words), ...children.slice(at)] };
}

/** The working-session draft of the Duy Tiên meeting, as an officer finished it. */
function finishedWorkingSession(): Pick<Article, 'meta' | 'body' | 'template'> {
  const { article } = articleFromTemplate({
    template: template('working-session'),
    fields: {
      template: 'working-session',
      session: 'Chiều',
      date: '2022-05-28',
      place: 'Trụ sở Thị ủy Duy Tiên',
      host: 'Ban Thường vụ Tỉnh ủy',
      counterpart: 'Ban Thường vụ Thị ủy Duy Tiên',
      topic: TOPIC,
      attendees: [thuy, { person: 'dinh-thi-lua' }, { group: 'lãnh đạo UBND tỉnh' }],
      directive: thuy,
      noun: 'buổi làm việc',
    },
    id: 'draft-duy-tien-2022',
    now: new Date('2022-05-28T10:00:00Z'),
  });
  const [attendees, report, figures, limits, views, directive] = article.body.root.children as SerializedBodyNode[];
  article.meta.keywords = [...article.meta.keywords, 'Duy Tiên'];
  article.body = {
    root: {
      ...article.body.root,
      children: [
        figure,
        attendees,
        typedInto(report, 'Theo báo cáo của Thị ủy, từ đầu nhiệm kỳ đến nay thị xã đã ban hành 12 nghị quyết chuyên đề. Tổng thu ngân sách đạt 1.259,84 tỷ đồng.'),
        figures,
        heading('Những tồn tại, hạn chế'),
        limits,
        para('Thu nhập bình quân đầu người đạt 65,50 triệu đồng/năm; tốc độ tăng trưởng 12,93% so với cùng kỳ.'),
        list(['Giải phóng mặt bằng còn chậm', 'Thu hút đầu tư chưa đồng đều']),
        views,
        para(''),
        typedInto(directive, 'đề nghị Thị ủy Duy Tiên tập trung khắc phục hạn chế'),
      ],
    },
  };
  return article;
}

describe('an article made from a built-in template, saved as a template', () => {
  const source = template('working-session');
  const article = finishedWorkingSession();
  const parsed = templateFromArticle({ article, source, id: 'hop-giao-ban-tuan', name: 'Họp giao ban tuần' });
  if (!parsed.ok) throw new Error(parsed.message.en);
  const made = parsed.template;

  it('is a template file the same parser accepts, with the name and id given', () => {
    expect(made.id).toBe('hop-giao-ban-tuan');
    expect(made.name).toEqual({ vi: 'Họp giao ban tuần', en: 'Họp giao ban tuần' });
    expect(made.description.vi).toBe('Mẫu của đơn vị, lập từ bài “Buổi làm việc Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên” (28/5/2022).');
    // Written out and read back: the same template.
    const again = parseTemplate(JSON.stringify(made));
    expect(again.ok && again.template).toEqual(made);
  });

  it("keeps the template's fields, patterns, captions, the noun the draft used, category and keywords", () => {
    expect(made.fields).toEqual(source.fields);
    expect(made.title).toBe(source.title);
    expect(made.sapo).toBe(source.sapo);
    expect(made.parts).toEqual(source.parts);
    expect(made.noun).toBe('buổi làm việc');
    expect(made.nouns).toEqual(source.nouns);
    expect(made.category).toBe('Tin hoạt động của Lãnh đạo Tỉnh');
    expect(made.keywords).toEqual(['{host}', '{counterpart}', 'Duy Tiên']);
  });

  it('keeps who and where as defaults, never the date, session or topic', () => {
    expect(made.defaults).toEqual({
      place: 'Trụ sở Thị ủy Duy Tiên',
      host: 'Ban Thường vụ Tỉnh ủy',
      counterpart: 'Ban Thường vụ Thị ủy Duy Tiên',
      attendees: [thuy, { person: 'dinh-thi-lua' }, { group: 'lãnh đạo UBND tỉnh' }],
      directive: thuy,
    });
  });

  it("turns the body into the skeleton: generated parts stay generated, the officer's words become greyed placeholders, the figure goes", () => {
    const placeholders = source.skeleton.filter((b) => b.kind === 'placeholder');
    const directive = source.skeleton.find((b) => b.kind === 'generated' && b.part === 'directiveOpening');
    expect(made.skeleton).toEqual([
      { kind: 'generated', part: 'attendees' },
      // Typed over: the template's hint again, not last week's report.
      placeholders[0],
      placeholders[1],
      { kind: 'heading', text: 'Những tồn tại, hạn chế' },
      placeholders[2],
      { kind: 'placeholder', text: 'Thu nhập bình quân đầu người đạt 65,50 triệu đồng/năm; tốc độ tăng trưởng 12,93% so với cùng kỳ…' },
      { kind: 'placeholder', text: 'Giải phóng mặt bằng còn chậm; Thu hút đầu tư chưa đồng đều…' },
      placeholders[3],
      { ...directive, end: './.' },
    ]);
  });

  it('makes next week’s draft: the kept fields written in, the date left for the officer, the hints greyed', () => {
    const { article: next, parts } = articleFromTemplate({ template: made, fields: { template: made.id, date: '2022-06-04' }, id: 'draft-next-week', now: new Date('2022-06-04T08:00:00Z') });
    expect(next.template?.fields).toMatchObject({ host: 'Ban Thường vụ Tỉnh ủy', place: 'Trụ sở Thị ủy Duy Tiên', date: '2022-06-04', session: '', topic: '' });
    expect(next.meta.title).toBe('Buổi làm việc Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên');
    expect(parts.attendees).toBe('Dự buổi làm việc có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; lãnh đạo UBND tỉnh.');
    expect(parts.directiveOpening).toBe('Phát biểu chỉ đạo buổi làm việc, Bí thư Tỉnh ủy Lê Thị Thủy ');
    const body = JSON.stringify(next.body);
    expect(body).not.toContain('1.259,84');
    expect(body).not.toContain('khắc phục hạn chế"');
    expect(body).toContain('Những tồn tại, hạn chế');
  });
});

describe('an article written without a template', () => {
  const article: Pick<Article, 'meta' | 'body' | 'template'> = {
    meta: { title: 'Tỉnh Hà Nam đón nhận Huân chương Lao động hạng Nhất', sapo: '', category: 'Tin tức - Sự kiện', author: '', source: '', date: '2023-11-02', keywords: ['Huân chương', 'Hà Nam'] },
    template: undefined,
    body: {
      root: {
        type: 'root',
        version: 1,
        ...ELEMENT,
        children: [
          heading('Quang cảnh buổi lễ', 'h3'),
          figure,
          para('Sáng ngày 2/11/2023, tỉnh Hà Nam long trọng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất. Tham dự có các đồng chí lãnh đạo tỉnh.'),
          {
            type: 'table',
            version: 1,
            ...ELEMENT,
            children: [
              { type: 'tablerow', version: 1, ...ELEMENT, children: ['Chỉ tiêu', 'Kết quả'].map((c) => ({ type: 'tablecell', version: 1, ...ELEMENT, headerState: 1, colSpan: 1, rowSpan: 1, children: [para(c)] })) },
              { type: 'tablerow', version: 1, ...ELEMENT, children: ['Thu ngân sách', '76.300 tỷ đồng'].map((c) => ({ type: 'tablecell', version: 1, ...ELEMENT, headerState: 0, colSpan: 1, rowSpan: 1, children: [para(c)] })) },
            ],
          } as SerializedBodyNode,
          { type: 'quote', version: 1, ...ELEMENT, children: [text('“Hà Nam phải đi đầu trong chuyển đổi số.”')] } as SerializedBodyNode,
          para('Văn bản {số 12} [kèm theo] được đọc tại buổi lễ./.'),
        ],
      },
    },
  };
  const parsed = templateFromArticle({ article, source: null, id: 'le-don-nhan', name: '  Lễ   đón nhận ' });
  if (!parsed.ok) throw new Error(parsed.message.en);
  const made = parsed.template;

  it('has no fields and writes no title or sapô, only the skeleton; category and keywords from the article', () => {
    expect(made.name.vi).toBe('Lễ đón nhận');
    expect(made.fields).toEqual([]);
    expect(made.title).toBe('');
    expect(made.sapo).toBe('');
    expect(made.defaults).toBeUndefined();
    expect(made.category).toBe('Tin tức - Sự kiện');
    expect(made.keywords).toEqual(['Huân chương', 'Hà Nam']);
  });

  it('keeps headings (an h3 too), sketches paragraphs, a table and a quote by how they begin, escapes the pattern characters, ends with ./.', () => {
    expect(made.skeleton).toEqual([
      { kind: 'heading', text: 'Quang cảnh buổi lễ' },
      { kind: 'placeholder', text: 'Sáng ngày 2/11/2023, tỉnh Hà Nam long trọng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất…' },
      { kind: 'placeholder', text: 'Chỉ tiêu; Kết quả; Thu ngân sách; 76.300 tỷ đồng…' },
      { kind: 'placeholder', text: '“Hà Nam phải đi đầu trong chuyển đổi số.”…' },
      { kind: 'placeholder', text: 'Văn bản \\{số 12\\} \\[kèm theo\\] được đọc tại buổi lễ…', end: './.' },
    ]);
    // The escaped characters come out as the officer wrote them.
    const parts = generateArticleParts(made, { template: made.id });
    expect(parts.skeleton[4]).toEqual({ kind: 'placeholder', text: 'Văn bản {số 12} [kèm theo] được đọc tại buổi lễ…', end: './.' });
  });
});

describe('a conference with kept paragraphs, a heading last and an own field', () => {
  const source = template('conference');
  const { article } = articleFromTemplate({
    template: source,
    fields: { template: 'conference', date: '2023-12-20', kind: 'tổng kết', topic: 'công tác xây dựng Đảng năm 2023', host: 'Ban Thường vụ Tỉnh ủy' },
    id: 'draft-conference-2023',
    now: new Date('2023-12-20T02:00:00Z'),
  });
  const children = article.body.root.children as SerializedBodyNode[];
  article.body = { root: { ...article.body.root, children: [...children.slice(0, 2), heading('Khen thưởng')] } };
  const parsed = templateFromArticle({ article, source, id: 'tong-ket-nam', name: 'Tổng kết năm' });
  if (!parsed.ok) throw new Error(parsed.message.en);

  it("keeps the template's own field as a default, and the first placeholder left as it was", () => {
    expect(parsed.template.defaults).toEqual({ kind: 'tổng kết', host: 'Ban Thường vụ Tỉnh ủy' });
    expect(parsed.template.skeleton).toEqual([
      { kind: 'generated', part: 'attendees' },
      source.skeleton[1],
      { kind: 'heading', text: 'Khen thưởng' },
      // A heading cannot carry the end mark: a closing placeholder does.
      { kind: 'placeholder', text: 'Nội dung bài viết…', end: './.' },
    ]);
  });
});

describe('an empty body and a name that cannot be a template', () => {
  const empty: Pick<Article, 'meta' | 'body' | 'template'> = {
    meta: { title: '', sapo: '', category: '', author: '', source: '', date: '', keywords: [] },
    template: undefined,
    body: { root: { type: 'root', version: 1, ...ELEMENT, children: [para('')] } },
  };

  it('gives a skeleton of one placeholder ending ./.', () => {
    const made = templateFromArticle({ article: empty, source: null, id: 'trong', name: 'Trống' });
    expect(made.ok && made.template.skeleton).toEqual([{ kind: 'placeholder', text: 'Nội dung bài viết…', end: './.' }]);
    expect(made.ok && made.template.description.vi).toBe('Mẫu của đơn vị.');
  });

  it('refuses an empty name with the parser’s message', () => {
    const made = templateFromArticle({ article: empty, source: null, id: 'trong', name: '   ' });
    expect(made.ok).toBe(false);
    expect(!made.ok && made.message.vi).toContain('Tệp mẫu không hợp lệ — “name.vi”');
  });

  it('the JSON is plain data', () => {
    expect(JSON.parse(JSON.stringify(templateJsonFromArticle({ article: empty, source: null, id: 'trong', name: 'Trống' })))).toMatchObject({ id: 'trong', version: 1 });
  });
});

describe('the sketch of a paragraph', () => {
  it('is its first sentence, or its first 160 characters at a word, then …', () => {
    expect(sketchOf('Một câu ngắn. Câu thứ hai.')).toBe('Một câu ngắn…');
    expect(sketchOf('Chưa hết câu')).toBe('Chưa hết câu…');
    const long = `${'từ '.repeat(80)}cuối`;
    const sketch = sketchOf(long);
    expect(sketch.length).toBeLessThanOrEqual(161);
    expect(sketch.endsWith('từ…')).toBe(true);
  });
});
