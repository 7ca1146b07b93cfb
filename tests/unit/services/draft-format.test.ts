import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_VERSION, TINBAI_MIMETYPE } from '../../../shared/article/format';
import { migrateArticleJson, MIGRATIONS } from '../../../shared/article/migrate';
import { decodeDraft, encodeDraft } from '../../../electron/services/draft/draft-codec';
import { openDraft, writeDraft } from '../../../electron/services/draft/draft-files';
import { entryRole } from '../../../electron/services/draft/entry-roles';
import { createMediaLibrary } from '../../../electron/services/media-library';
import { referenceArticle, zipOf } from '../../fixtures/drafts';
import { refusalCode } from '../../helpers/refusal-code';

/** Drafts written by earlier versions of Soạn Tin, kept as they were written. */
const FORMATS = resolve(import.meta.dirname, '../../fixtures/formats');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-format-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** A small JPEG-looking master and its name in the draft. */
function photo(seed: string) {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`ảnh ${seed}`.repeat(50)), Buffer.from([0xff, 0xd9])]);
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { bytes, hash, item: { hash, width: 2560, height: 1707, originalName: `DSC_${seed}.jpg` } };
}

describe('older drafts keep opening', () => {
  it('has a step from every earlier version to the current one', () => {
    for (let v = 1; v < FORMAT_VERSION; v++) expect(MIGRATIONS[v], `step ${v} → ${v + 1}`).toBeTypeOf('function');
  });

  it('opens the version-1 draft kept in the repo through the migration chain, and saves it as the current version', async () => {
    const file = join(folder, 'v1.tinbai');
    await writeFile(file, await readFile(join(FORMATS, 'v1-reference.tinbai')));
    const { article } = await openDraft(file);
    expect(article.formatVersion).toBe(FORMAT_VERSION);
    expect(article.media).toEqual([]);
    const { formatVersion: _a, media: _b, ...same } = referenceArticle();
    expect(article).toMatchObject(same);

    await writeDraft(file, article);
    const saved = JSON.parse((await decodeDraftJson(await readFile(file))) as string);
    expect(saved.formatVersion).toBe(FORMAT_VERSION);
  });

  it('opens the version-2 draft kept in the repo with its two photos and its main photo, and saves it as the current version', async () => {
    const file = join(folder, 'v2.tinbai');
    await writeFile(file, await readFile(join(FORMATS, 'v2-photos.tinbai')));
    const opened = await openDraft(file);
    const { article } = opened;
    expect(article.formatVersion).toBe(FORMAT_VERSION);
    expect(article.meta.title).toBe(referenceArticle().meta.title);
    expect(article.media.map(({ originalName, width, height, main }) => ({ originalName, width, height, main }))).toEqual([
      { originalName: 'DSC_0799.jpg', width: 480, height: 320, main: undefined },
      { originalName: 'DSC05850.jpg', width: 320, height: 480, main: true },
    ]);
    expect(article.media.every((item) => item.crop === undefined)).toBe(true);
    const figures = (article.body.root.children ?? []).filter((node) => node.type === 'figure');
    expect(figures.map((node) => node.media)).toEqual(article.media.map((item) => item.hash));
    // The photos themselves came along: each master is a JPEG whose name is the hash of its bytes.
    for (const { hash } of article.media) {
      const bytes = await opened.media.read(hash);
      expect(bytes.subarray(0, 2).toString('hex')).toBe('ffd8');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
    }

    const library = createMediaLibrary(join(folder, 'media'));
    library.adopt(opened.media);
    await writeDraft(file, article, (hash) => library.read(hash));
    const saved = JSON.parse((await decodeDraftJson(await readFile(file))) as string);
    expect(saved.formatVersion).toBe(FORMAT_VERSION);
    expect(saved.media).toEqual(article.media);
    const again = await openDraft(file);
    expect(again.media.hashes).toEqual(article.media.map((item) => item.hash));
  });

  it('refuses a draft from a newer Soạn Tin, and keys the current version does not know', () => {
    expect(migrateArticleJson({ formatVersion: FORMAT_VERSION + 1 })).toEqual({ kind: 'newer', version: FORMAT_VERSION + 1 });
    expect(migrateArticleJson({ formatVersion: 0 }).kind).toBe('unversioned');
    expect(migrateArticleJson({ formatVersion: 1.5 }).kind).toBe('unversioned');
    expect(migrateArticleJson('text').kind).toBe('unversioned');
  });

  it('a version-1 draft that holds a key version 1 did not have is damaged, not silently upgraded', async () => {
    const { media: _m, ...v1 } = { ...referenceArticle(), formatVersion: 1, review: { status: 'approved' } };
    const bytes = await zipOf([
      { name: 'mimetype', data: TINBAI_MIMETYPE, compress: false },
      { name: 'article.json', data: JSON.stringify(v1) },
    ]);
    expect(await refusalCode(decodeDraft(bytes))).toBe('newer-format');
  });
});

describe('photos inside the draft', () => {
  it('writes one stored media entry per photo the article lists, and reads it back from the file on demand', async () => {
    const a = photo('0799');
    const b = photo('5850');
    const article = { ...referenceArticle(), media: [a.item, b.item] };
    const masters = new Map([[a.hash, a.bytes], [b.hash, b.bytes]]);
    const file = join(folder, 'co-anh.tinbai');
    await writeDraft(file, article, async (hash) => masters.get(hash)!);

    const opened = await openDraft(file);
    expect(opened.article.media).toEqual([a.item, b.item]);
    expect(opened.media.hashes).toEqual([a.hash, b.hash]);
    expect((await opened.media.read(b.hash)).equals(b.bytes)).toBe(true);
  });

  it('opens the article without reading the photos: a damaged photo fails only when it is read', async () => {
    const a = photo('0799');
    const bytes = await zipOf([
      { name: 'mimetype', data: TINBAI_MIMETYPE, compress: false },
      { name: 'article.json', data: JSON.stringify({ ...referenceArticle(), media: [a.item] }) },
      { name: `media/${a.hash}.jpg`, data: a.bytes, compress: false },
    ]);
    // Flip a byte inside the stored photo: its CRC no longer matches.
    const at = bytes.indexOf(Buffer.from('ảnh 0799'));
    bytes[at + 2] ^= 0xff;
    const file = join(folder, 'hong-anh.tinbai');
    await writeFile(file, bytes);
    const opened = await openDraft(file);
    expect(opened.article.meta.title).toBe(referenceArticle().meta.title);
    expect(await refusalCode(opened.media.read(a.hash))).toBe('not-a-draft');
  });

  it('refuses a draft whose listed photo is missing (damaged), and one holding a photo it does not list (newer)', async () => {
    const a = photo('0799');
    const listedNotThere = await zipOf([
      { name: 'mimetype', data: TINBAI_MIMETYPE, compress: false },
      { name: 'article.json', data: JSON.stringify({ ...referenceArticle(), media: [a.item] }) },
    ]);
    expect(await refusalCode(decodeDraft(listedNotThere))).toBe('not-a-draft');
    const thereNotListed = await zipOf([
      { name: 'mimetype', data: TINBAI_MIMETYPE, compress: false },
      { name: 'article.json', data: JSON.stringify(referenceArticle()) },
      { name: `media/${a.hash}.jpg`, data: a.bytes, compress: false },
    ]);
    expect(await refusalCode(decodeDraft(thereNotListed))).toBe('newer-format');
  });

  it('refuses to save an article listing a photo nobody has', async () => {
    const a = photo('0799');
    expect(await refusalCode(encodeDraft({ ...referenceArticle(), media: [a.item] }))).toBe('not-a-draft');
  });

  it('matches entries by role', () => {
    expect(entryRole('mimetype')).toBe('mimetype');
    expect(entryRole('article.json')).toBe('article');
    expect(entryRole(`media/${'a'.repeat(64)}.jpg`)).toBe('media');
    expect(entryRole('media/3b7e.jpg')).toBe('unknown');
    expect(entryRole('history/3.json')).toBe('history');
    expect(entryRole('comments.json')).toBe('unknown');
  });
});

describe('the media library', () => {
  it('keeps an imported master by hash, and finds the photos of a draft opened', async () => {
    const library = createMediaLibrary(join(folder, 'media'));
    const a = photo('0799');
    await library.put(a.hash, a.bytes);
    expect((await library.read(a.hash)).equals(a.bytes)).toBe(true);

    const b = photo('5850');
    const file = join(folder, 'bai.tinbai');
    await writeDraft(file, { ...referenceArticle(), media: [b.item] }, async () => b.bytes);
    const opened = await openDraft(file);
    library.adopt(opened.media);
    expect((await library.read(b.hash)).equals(b.bytes)).toBe(true);
    expect(await refusalCode(library.read(photo('khac').hash))).toBe('photo-missing');
  });

  it('never keeps bytes under another photo’s name, and ignores a damaged cached copy', async () => {
    const library = createMediaLibrary(join(folder, 'media'));
    const a = photo('0799');
    await expect(library.put(photo('khac').hash, a.bytes)).rejects.toThrow();
    await library.put(a.hash, a.bytes);
    await writeFile(join(folder, 'media', `${a.hash}.jpg`), Buffer.from('hỏng'));
    expect(await refusalCode(library.read(a.hash))).toBe('photo-missing');
  });
});

async function decodeDraftJson(bytes: Buffer): Promise<string> {
  const yauzl = (await import('yauzl')).default;
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  return new Promise((done, fail) => {
    zip.on('entry', async (entry) => {
      if (entry.fileName !== 'article.json') return zip.readEntry();
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    });
    zip.on('error', fail);
    zip.readEntry();
  });
}
