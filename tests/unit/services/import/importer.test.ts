import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaItem } from '../../../../shared/article/article-schema';
import type { SerializedBodyNode } from '../../../../shared/article/body-nodes';
import { toTcvn3, toVni } from '../../../../shared/text/legacy/encode';
import { importPhoto } from '../../../../electron/services/photos';
import { createImporter } from '../../../../electron/services/import';
import { ATTENDEES, FIGURES, LEAD, longDocx, oleFile, RICH, richDocx, TITLE, tcvn3Docx, VNI_PARAGRAPHS, vniDocx, zipBombDocx } from '../../../fixtures/docx';
import { cameraJpeg } from '../../../fixtures/photos';

let folder: string;
const masters = new Map<string, Buffer>();
const importer = createImporter({
  keepPhoto: async (bytes, name): Promise<MediaItem> => {
    const photo = await importPhoto({ bytes, name });
    masters.set(photo.hash, photo.master);
    return { hash: photo.hash, width: photo.width, height: photo.height, originalName: photo.originalName };
  },
  newId: () => '0b6f1d8e-5c1a-4d3e-9f0a-2b7c8d9e0f11',
  now: () => new Date('2022-06-01T08:00:00Z'),
});

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-import-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function fileOf(name: string, data: Buffer | string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, data);
  return path;
}

const textOf = (node: SerializedBodyNode): string =>
  node.type === 'text' ? (node.text as string) : node.type === 'linebreak' ? '\n' : (node.children ?? []).map(textOf).join('');
/** Characters Windows-1252 lacks, as a page saved in that charset writes them. */
const entities = (s: string) => s.replace(/[^\x00-\x7f]/g, (c) => `&#${c.codePointAt(0)};`);
const blocksOf = (body: { root: SerializedBodyNode }) => body.root.children ?? [];
const find = (node: SerializedBodyNode, type: string): SerializedBodyNode[] =>
  [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((c) => find(c, type))];

describe('importing a .docx typed in .VnTime / .VnTimeH', () => {
  it('reads every run in its own face: title in capitals, lead from the Normal style, a Times New Roman name untouched', async () => {
    const { article, report } = await importer.importFile(await fileOf('bao-cao-tcvn3.docx', await tcvn3Docx()), { encoding: 'auto' });
    expect(article.meta.title).toBe(TITLE);
    expect(article.meta.sapo).toBe(LEAD);
    expect(article.meta.date).toBe('2022-05-28');
    const paragraphs = blocksOf(article.body).map(textOf);
    expect(paragraphs[0]).toBe(ATTENDEES);
    expect(paragraphs[1].startsWith(FIGURES)).toBe(true);
    // "ư" is 0xAD in TCVN3, the soft hyphen: it survives as the letter.
    expect(paragraphs.join('\n')).toContain('Trường Chinh');
    expect(find(article.body.root, 'text').find((t) => t.text === 'bà Lê Thị Thủy')?.format).toBe(1);
    expect(report).toMatchObject({ kind: 'docx', sapoFromFirstParagraph: true, date: '2022-05-28' });
    expect(report.legacyRuns).toBeGreaterThan(3);
  });

  it('reports what the draft could not keep: the text box, the comment, the tracked change', async () => {
    const { report } = await importer.importFile(await fileOf('bao-cao-tcvn3-2.docx', await tcvn3Docx()), { encoding: 'auto' });
    const lost = Object.fromEntries(report.lost.map((l) => [l.kind, l.count]));
    expect(lost).toEqual({ textBox: 1, comment: 1, trackedChange: 1 });
  });
});

describe('importing a .docx typed in VNI-Times', () => {
  it('converts every run, the heading included', async () => {
    const { article } = await importer.importFile(await fileOf('ky-hop-vni.docx', await vniDocx()), { encoding: 'auto' });
    expect(article.meta.title).toBe('Kỳ họp thứ 5 HĐND tỉnh');
    expect(article.meta.sapo).toBe(VNI_PARAGRAPHS[0]);
    expect(article.meta.date).toBe('2022-06-03');
    expect(blocksOf(article.body).map(textOf)).toEqual(VNI_PARAGRAPHS.slice(1));
  });
});

describe('importing a .docx with photos, lists, a table, a link and a footnote', () => {
  it('keeps the structure the body knows, photos as figures with their alt text, the footnote as an end note', async () => {
    const { article, report } = await importer.importFile(await fileOf('ky-hop.docx', await richDocx()), { encoding: 'auto' });
    expect(article.meta.title).toBe(RICH.title);
    expect(article.meta.sapo).toBe(RICH.lead);
    const blocks = blocksOf(article.body);
    const types = blocks.map((b) => b.type);
    expect(types.filter((t) => t === 'figure')).toHaveLength(2);
    const figures = blocks.filter((b) => b.type === 'figure');
    expect(figures.map((f) => f.alt)).toEqual(RICH.alt);
    expect(article.media.map((m) => m.hash).sort()).toEqual(figures.map((f) => f.media as string).sort());
    for (const f of figures) expect(masters.has(f.media as string)).toBe(true);
    expect(report.photos).toBe(2);

    const heading = blocks.find((b) => b.type === 'heading');
    expect(heading && textOf(heading)).toBe(RICH.heading);
    const list = blocks.find((b) => b.type === 'list')!;
    expect(list.listType).toBe('number');
    const nested = find(list, 'list').filter((l) => l !== list);
    expect(nested).toHaveLength(1);
    expect(find(nested[0], 'listitem').map(textOf)).toEqual(RICH.items.slice(2));

    const table = blocks.find((b) => b.type === 'table')!;
    expect(find(table, 'tablerow').map((r) => find(r, 'tablecell').map(textOf))).toEqual(RICH.table);

    const formats = Object.fromEntries(find(article.body.root, 'text').map((t) => [t.text, t.format]));
    expect(formats['kinh tế']).toBe(1);
    expect(formats['tăng trưởng']).toBe(2);
    expect(formats['ổn định']).toBe(8);
    expect(find(article.body.root, 'link').map((l) => l.url)).toEqual([RICH.link]);
    // The footnote: a superscript mark in the text, its text in a numbered list at the end.
    expect(formats['[1]']).toBe(64);
    const last = blocks.at(-1)!;
    expect(last.type).toBe('list');
    expect(textOf(last).trim()).toBe(RICH.footnote);
    expect(report.footnotes).toBe(1);
    expect(report.lost).toEqual([]);
  });
});

describe('importing .txt and .html', () => {
  it('a .txt in TCVN3 bytes is detected and converted; a chosen encoding is honoured', async () => {
    // Plain text has no "H" font: a TCVN3 .txt holds no toned capitals, so the fixture has none.
    const bytes = Buffer.from(toTcvn3(`${LEAD}\r\n\r\n${FIGURES}`), 'latin1');
    const { article, report } = await importer.importFile(await fileOf('tin.txt', bytes), { encoding: 'auto' });
    expect(report.encoding).toBe('tcvn3');
    expect(article.meta.sapo).toBe(LEAD);
    expect(blocksOf(article.body).map(textOf)).toEqual([FIGURES]);
    const vni = Buffer.from(toVni('Hội nghị tổng kết\n\nThủy lợi được ưu tiên.'), 'latin1');
    const chosen = await importer.importFile(await fileOf('vni.txt', vni), { encoding: 'vni' });
    expect(chosen.report.encoding).toBe('vni');
    expect([chosen.article.meta.title, chosen.article.meta.sapo]).toEqual(['', 'Hội nghị tổng kết']);
  });

  it('a UTF-8 .txt with a BOM is read as it is', async () => {
    const { article, report } = await importer.importFile(await fileOf('utf8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${LEAD}\n\n${FIGURES}`)])), { encoding: 'auto' });
    expect(report.encoding).toBe('unicode');
    expect(article.meta.sapo).toBe(LEAD);
  });

  it('a page saved from Word: Windows-1252 charset, .VnTime runs, its photo from its own _files folder only', async () => {
    await mkdir(join(folder, 'trang_files'), { recursive: true });
    await writeFile(join(folder, 'trang_files', 'image001.jpg'), await cameraJpeg({ width: 640, height: 480, gps: false }));
    const html =
      '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><style>p.MsoNormal {font-family:".VnTime";}</style></head><body>' +
      `<h1><span style='font-family:".VnTimeH"'>${toTcvn3('Kỳ họp thứ 5', { capitals: true })}</span></h1>` +
      `<p class=MsoNormal>${toTcvn3(LEAD)}</p>` +
      `<p class=MsoNormal><img src="trang_files/image001.jpg" alt="${entities('Toàn cảnh kỳ họp')}"><img src="../outside.jpg" alt="${entities('Ngoài thư mục')}"></p>` +
      `<p class=MsoNormal>${toTcvn3(FIGURES)}</p></body></html>`;
    const { article, report } = await importer.importFile(await fileOf('trang.htm', Buffer.from(html, 'latin1')), { encoding: 'auto' });
    expect(article.meta.title).toBe('KỲ HỌP THỨ 5');
    expect(article.meta.sapo).toBe(LEAD);
    const blocks = blocksOf(article.body);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(textOf(blocks[0])).toBe('Ngoài thư mục');
    expect(report.lost).toEqual([{ kind: 'photo', count: 1 }]);
  });
});

describe('files that are refused, with no draft', () => {
  const refusal = async (name: string, data: Buffer | string) =>
    importer.importFile(await fileOf(name, data), { encoding: 'auto' }).then(
      () => 'imported',
      (error: { code?: string }) => error.code,
    );

  it('an old binary .doc, whatever its name; a password-protected .docx', async () => {
    expect(await refusal('cu.doc', oleFile(false))).toBe('import-old-word');
    expect(await refusal('doi-ten.docx', oleFile(false))).toBe('import-old-word');
    expect(await refusal('mat-khau.docx', oleFile(true))).toBe('import-encrypted');
  });

  it('a damaged .docx (cut short, or a zip without a document), an empty file, another type', async () => {
    const good = await richDocx(1);
    expect(await refusal('cut.docx', good.subarray(0, Math.floor(good.length / 2)))).toBe('import-damaged');
    expect(await refusal('text.docx', 'không phải zip')).toBe('import-damaged');
    expect(await refusal('empty.txt', '')).toBe('import-empty');
    expect(await refusal('anh.png', 'x')).toBe('import-unsupported');
  });

  it('a zip bomb is refused before it is unpacked whole', async () => {
    expect(await refusal('bomb.docx', await zipBombDocx())).toBe('import-too-large');
  });

  it('a missing file says so', async () => {
    await expect(importer.importFile(join(folder, 'khong-co.docx'), { encoding: 'auto' })).rejects.toMatchObject({ code: 'file-not-found' });
  });
});

describe('a long report', () => {
  it('60 pages with 20 photos come in whole', async () => {
    const { article, report } = await importer.importFile(await fileOf('dai.docx', await longDocx(60, 20)), { encoding: 'auto' });
    expect(report.photos).toBe(20);
    expect(blocksOf(article.body).filter((b) => b.type === 'paragraph')).toHaveLength(240);
  }, 120_000);
});
