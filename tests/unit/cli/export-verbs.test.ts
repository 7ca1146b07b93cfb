import { runSoanTin } from '../../helpers/run-cli';
import { zipNames } from '../../helpers/zip-names';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/article-schema';
import { cliArguments } from '../../../electron/cli/cli-arguments';
import { encodeDraft } from '../../../electron/services/draft/draft-codec';
import { importPhoto, type ImportedPhoto } from '../../../electron/services/photos';
import { BROKEN_DRAFTS, referenceArticle } from '../../fixtures/drafts';
import { cameraJpeg, portraitJpeg } from '../../fixtures/photos';
import { scriptCapable } from '../shared/export/script-free';

const SLUG = 'hoi-nghi-ban-thuong-vu-tinh-uy-lam-viec-voi-ban-thuong-vu-thi-uy-duy-tien';

let folder: string;
let photos: ImportedPhoto[];
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-cli-export-'));
  photos = [
    await importPhoto({ bytes: await cameraJpeg({ width: 1800, height: 1200 }), name: 'DSC_0799.jpg' }),
    await importPhoto({ bytes: await portraitJpeg(), name: 'DSC05850.jpg' }),
  ];
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const run = (...args: string[]) => runSoanTin(args);

function figure(photo: ImportedPhoto, caption: string, alt = caption) {
  return { type: 'figure', version: 1, media: photo.hash, width: photo.width, height: photo.height, alt, caption: caption ? [{ text: caption, format: 0 }] : [], credit: '', size: 'full' };
}

/** The reference article with its two photos where the portal page has them: after the lead paragraph and before the directive. */
function withPhotos(article: Article, edit: (figures: ReturnType<typeof figure>[]) => void = () => {}): Article {
  const figures = [figure(photos[0], 'Các đại biểu dự hội nghị'), figure(photos[1], 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị')];
  edit(figures);
  const blocks = [...(article.body.root.children ?? [])];
  const directive = blocks.findIndex((b) => JSON.stringify(b).includes('Phát biểu chỉ đạo'));
  blocks.splice(directive, 0, figures[1] as never);
  blocks.splice(0, 0, figures[0] as never);
  return {
    ...article,
    body: { ...article.body, root: { ...article.body.root, children: blocks } },
    media: photos.map(({ hash, width, height, originalName }) => ({ hash, width, height, originalName })),
  };
}

async function draftFile(name: string, article: Article, media = new Map(photos.map((p) => [p.hash, p.master]))): Promise<string> {
  const file = join(folder, name);
  await writeFile(file, await encodeDraft(article, { media: async (hash) => media.get(hash)! }));
  return file;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

type Element = DefaultTreeAdapterTypes.Element;
function topLevel(html: string): Element[] {
  return parseFragment(html).childNodes.filter((n): n is Element => 'tagName' in n);
}
function textOf(node: DefaultTreeAdapterTypes.Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}


describe('soan-tin html', () => {
  it('prints the fragment of the portal page: the sapô in bold, the paragraphs, two figures with their captions, no script', async () => {
    const file = await draftFile('html.tinbai', withPhotos(referenceArticle()));
    const { code, out, err } = await run('html', file);
    expect(code).toBe(0);
    const blocks = topLevel(out);
    expect(blocks.map((b) => b.tagName)).toEqual(['p', 'figure', 'p', 'p', 'ul', 'h2', 'p', 'table', 'figure', 'p', 'p']);
    expect(blocks[0].childNodes.map((n) => n.nodeName)).toEqual(['strong']);
    expect(textOf(blocks[0])).toBe(referenceArticle().meta.sapo);
    const captions = blocks.filter((b) => b.tagName === 'figure').map((f) => textOf(f));
    expect(captions).toEqual(['Các đại biểu dự hội nghị', 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị']);
    expect(out).toContain(`src="images/${SLUG}-1-`);
    expect(scriptCapable(out)).toEqual([]);
    // The reference draft's last paragraph is a "see also" link: the export goes ahead, and says so.
    expect(err).toContain('./.');
    expect(err.split('\n').filter(Boolean).every((line) => /^soan-tin: Lưu ý: .+ · Note: .+$/.test(line))).toBe(true);
  });

  it('follows a --profile file: absolute photo addresses, class names, the sapô left out', async () => {
    const file = await draftFile('html-profile.tinbai', withPhotos(referenceArticle()));
    const profile = join(folder, 'cong.json');
    await writeFile(profile, JSON.stringify({ imageBaseUrl: 'https://hanam.gov.vn/PublishingImages/2022/', sapoInBody: false, classNames: { figcaption: 'ms-rteCaption' } }));
    const { code, out } = await run('html', file, '--profile', profile);
    expect(code).toBe(0);
    expect(out).toContain(`src="https://hanam.gov.vn/PublishingImages/2022/${SLUG}-1-`);
    expect(out).toContain('<figcaption class="ms-rteCaption">');
    expect(topLevel(out)[0].tagName).toBe('figure');
  });

  it('refuses a draft with blocking problems: exit 2, one line Vietnamese · English, then each problem on its line, nothing on stdout', async () => {
    const article = withPhotos(referenceArticle(), (figures) => {
      figures[1].alt = '';
    });
    const file = await draftFile('blocking.tinbai', { ...article, meta: { ...article.meta, title: '  ' } });
    const { code, out, err } = await run('html', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    const lines = err.trimEnd().split('\n');
    expect(lines[0]).toBe('soan-tin: Chưa xuất được: bài còn lỗi cần sửa. · Not exported: the article still has problems to fix.');
    expect(lines.slice(1)).toEqual([
      '- Bài chưa có tiêu đề. / The article has no title.',
      '- Ảnh 2 chưa có mô tả thay thế (alt) cho người khiếm thị. / Photo 2 has no alternative text (alt) for blind readers.',
    ]);
  });

  it('refuses a profile that is not one, saying which key is wrong', async () => {
    const file = await draftFile('bad-profile.tinbai', withPhotos(referenceArticle()));
    const profile = join(folder, 'sai.json');
    await writeFile(profile, JSON.stringify({ imageBaseUrl: 'javascript:alert(1)//', jpegQuality: 500 }));
    const { code, out, err } = await run('html', file, '--profile', profile);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^soan-tin: Cấu hình cổng không hợp lệ\. · The portal profile is not valid\.\n/);
    expect(err).toContain('imageBaseUrl');
    expect(err).toContain('jpegQuality');

    const notJson = join(folder, 'khong-phai-json.json');
    await writeFile(notJson, '{ imageBaseUrl: images/ }');
    expect((await run('html', file, '--profile', notJson)).err).toMatch(/^soan-tin: Cấu hình cổng không hợp lệ\..*\n.*not JSON/);

    const missing = await run('html', file, '--profile', join(folder, 'khong-co.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('soan-tin: khong-co.json: Không tìm thấy tệp. · khong-co.json: The file was not found.\n');
  });

  it('tells the usage on wrong arguments and is a command-line verb', async () => {
    for (const args of [['html'], ['html', 'a.tinbai', 'b.tinbai'], ['html', 'a.tinbai', '--profil', 'x.json'], ['html', 'a.tinbai', '--profile']]) {
      const { code, err } = await run(...args);
      expect(code).toBe(2);
      expect(err).toBe('soan-tin: Cách dùng: soan-tin html BẢN_THẢO.tinbai [--profile CẤU_HÌNH.json] · Usage: soan-tin html DRAFT.tinbai [--profile PROFILE.json]\n');
    }
    expect(cliArguments(['soan-tin', 'html', 'a.tinbai'], true)).toEqual(['html', 'a.tinbai']);
    expect(cliArguments(['soan-tin', 'export', 'a.tinbai', '--out', 'x.zip'], true)).toEqual(['export', 'a.tinbai', '--out', 'x.zip']);
    expect((await run('--help')).out).toMatch(/export BẢN_THẢO\.tinbai --out[\s\S]+export DRAFT\.tinbai --out/);
  });
});

describe('soan-tin export', () => {
  it('writes the folder package: the same fragment html prints, the preview, the photos from the draft, the metadata, the README', async () => {
    const file = await draftFile('goi.tinbai', withPhotos(referenceArticle()));
    const out = join(folder, 'goi-thu-muc');
    const result = await run('export', file, '--out', out);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.out);
    expect(printed).toMatchObject({ out, kind: 'folder', slug: SLUG });
    const names = (await readdir(out, { recursive: true })).map(String).sort();
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'article.html', 'metadata.json', 'preview.html', `images/${SLUG}-1-480.jpg`, `images/${SLUG}-2-480.jpg`]));
    expect(printed.files.sort()).toEqual(names.filter((n) => n.includes('.')).sort());
    expect(await readFile(join(out, 'article.html'), 'utf8')).toBe((await run('html', file)).out);
    const metadata = JSON.parse(await readFile(join(out, 'metadata.json'), 'utf8'));
    expect(metadata.title).toBe(referenceArticle().meta.title);
    // Nothing else left beside it: the temporary folder was renamed into place.
    expect((await readdir(folder)).filter((n) => n.includes('goi-thu-muc'))).toEqual(['goi-thu-muc']);
  });

  it('writes a .zip; never over an existing one without --force, and replaces it with --force', async () => {
    const file = await draftFile('zip.tinbai', withPhotos(referenceArticle()));
    const out = join(folder, 'Goi.ZIP');
    expect((await run('export', file, '--out', out)).code).toBe(0);
    expect(await zipNames(out)).toEqual(expect.arrayContaining(['article.html', 'preview.html', 'metadata.json', 'README.txt', `images/${SLUG}-2-800.jpg`]));

    await writeFile(out, 'bản cũ');
    const again = await run('export', file, '--out', out);
    expect(again.code).toBe(2);
    expect(again.err.split('\n')[0]).toBe(
      'soan-tin: Đã có tệp hoặc thư mục trùng tên. Hãy chọn tên khác hoặc đồng ý ghi đè. · A file or folder of that name exists. Choose another name or agree to replace it.',
    );
    expect(await readFile(out, 'utf8')).toBe('bản cũ');

    expect((await run('export', file, '--out', out, '--force')).code).toBe(0);
    expect(await zipNames(out)).toContain('article.html');
  });

  it('writes nothing on a blocking problem, a bad profile or a broken draft', async () => {
    const noSapo = withPhotos(referenceArticle());
    const blocked = await draftFile('khong-sapo.tinbai', { ...noSapo, meta: { ...noSapo.meta, sapo: '' } });
    const out = join(folder, 'khong-ghi');
    const refused = await run('export', blocked, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('- Bài chưa có sapô (đoạn dẫn). / The article has no sapô (lead).');
    expect(await exists(out)).toBe(false);

    const profile = join(folder, 'webp-sai.json');
    await writeFile(profile, JSON.stringify({ webp: 'yes' }));
    const good = await draftFile('tot.tinbai', withPhotos(referenceArticle()));
    expect((await run('export', good, '--out', out, '--profile', profile)).code).toBe(2);
    expect(await exists(out)).toBe(false);

    const broken = BROKEN_DRAFTS[0];
    const brokenFile = join(folder, broken.file);
    await writeFile(brokenFile, await broken.build());
    const bad = await run('export', brokenFile, '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^soan-tin: .+ · .+\n$/);
    expect(await exists(out)).toBe(false);
    expect((await readdir(folder)).filter((n) => n.startsWith('.khong-ghi'))).toEqual([]);
  });

  it('tells the usage when --out is missing', async () => {
    const { code, err } = await run('export', 'a.tinbai');
    expect(code).toBe(2);
    expect(err).toContain('soan-tin export BẢN_THẢO.tinbai --out THƯ_MỤC|TỆP.zip');
  });
});
