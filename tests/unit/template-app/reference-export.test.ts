import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, type Article, type SerializedBodyNode } from '../../../shared/article/article-schema';
import { mediaForBody } from '../../../shared/article/media-list';
import { hasBlocking, checkForExport } from '../../../shared/export/export-checks';
import { builtinTemplate } from '../../../shared/templates/builtin-templates';
import { articleFromTemplate } from '../../../shared/templates/template-article';
import { isUntouchedPlaceholder } from '../../../shared/templates/template-mark';
import { exportPackage } from '../../../electron/services/export/export-package';
import { importPhoto, type ImportedPhoto } from '../../../electron/services/photos';
import { cameraJpeg, portraitJpeg } from '../../fixtures/photos';
import referenceFields from './reference-fields.json';

/**
 * The reference article as an officer makes it: the working-session template filled with its
 * fields, the two photos inserted where the portal shows them (after the lead, before the
 * directive), the report typed over the greyed hints, then exported. The package holds the
 * portal page's structure: the bold sapô, the first photo and its caption, the attendee
 * paragraph, the report, the second photo and its caption, the directive ending "./.".
 */
let work: string;
let photos: ImportedPhoto[];
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'soantin-reference-'));
  photos = [await importPhoto({ bytes: await cameraJpeg({ width: 2400, height: 1600 }), name: 'DSC_0799.jpg' }), await importPhoto({ bytes: await portraitJpeg(), name: 'DSC05850.jpg' })];
});
afterAll(() => rm(work, { recursive: true, force: true }));

const text = (value: string): SerializedBodyNode => ({ detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 });
const paragraph = (value: string): SerializedBodyNode => ({ children: [text(value)], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', type: 'paragraph', version: 1 });

function figure(photo: ImportedPhoto, caption: string): SerializedBodyNode {
  return { type: 'figure', version: 1, media: photo.hash, width: photo.width, height: photo.height, alt: caption, caption: [{ text: caption, format: 0 }], credit: '', size: 'full' };
}

function referenceDraft(): Article {
  const { article, parts } = articleFromTemplate({ template: builtinTemplate('working-session')!, fields: referenceFields, id: 'duytien-20220528-ref', now: new Date('2022-05-28T08:00:00Z') });
  const blocks = article.body.root.children!;
  const written = blocks.flatMap((block, i) => {
    // The report typed over each greyed hint; the directive opening completed by the officer.
    if (isUntouchedPlaceholder(block)) return [paragraph(`Báo cáo phần ${i}: thu nhập bình quân đầu người năm 2021 đạt 65,50 triệu đồng, tăng 12,93%.`)];
    if (i === blocks.length - 1) return [figure(photos[1], parts.captions[1]), paragraph(`${parts.directiveOpening}đề nghị Ban Chấp hành, BTV Thị ủy Duy Tiên tập trung thực hiện thắng lợi Nghị quyết./.`)];
    return [block];
  });
  const root = { ...article.body.root, children: [figure(photos[0], parts.captions[0]), ...written] };
  const known = photos.map(({ hash, width, height, originalName }) => ({ hash, width, height, originalName }));
  return articleSchema.parse({ ...article, body: { root }, media: mediaForBody(root, known) });
}

type Element = DefaultTreeAdapterTypes.Element;
const elements = (html: string) => parseFragment(html).childNodes.filter((n): n is Element => 'tagName' in n);
function textOf(node: DefaultTreeAdapterTypes.Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

describe('the reference article, made from its template with its two photos, exported', () => {
  it('passes the checks and gives the portal page’s structure', async () => {
    const article = referenceDraft();
    expect(hasBlocking(checkForExport(article))).toBe(false);
    const out = join(work, 'goi');
    const masters = new Map(photos.map((p) => [p.hash, p.master]));
    const result = await exportPackage({ article, media: async (hash) => masters.get(hash)!, target: { kind: 'folder', path: out } });

    const blocks = elements(await readFile(join(out, 'article.html'), 'utf8'));
    const tags = blocks.map((b) => b.tagName);
    expect(tags[0]).toBe('p');
    expect(textOf(blocks[0])).toBe('Chiều ngày 28/5/2022, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Thị ủy Duy Tiên về tình hình, kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV, nhiệm kỳ 2020-2025.');
    expect(blocks[0].childNodes.some((n) => 'tagName' in n && n.tagName === 'strong')).toBe(true);
    expect(tags[1]).toBe('figure');
    expect(textOf(blocks[1])).toBe('Các đại biểu dự hội nghị');
    expect(textOf(blocks[2]).startsWith('Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; bà Đinh Thị Lụa')).toBe(true);
    expect(tags.filter((t) => t === 'figure')).toHaveLength(2);
    expect(tags.at(-2)).toBe('figure');
    expect(textOf(blocks.at(-2)!)).toBe('Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị');
    expect(textOf(blocks.at(-1)!).startsWith('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy đề nghị')).toBe(true);
    expect(textOf(blocks.at(-1)!).endsWith('./.')).toBe(true);

    expect(result.metadata.title).toBe('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên');
    expect(result.metadata.mainPhoto?.caption).toBe('Các đại biểu dự hội nghị');
    expect(result.metadata.date).toEqual({ iso: '2022-05-28', display: '28/5/2022' });
  });
});
