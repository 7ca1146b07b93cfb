import { refusalCode } from '../../helpers/refusal-code';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/article-schema';
import { decodeDraft } from '../../../electron/services/draft/draft-codec';
import { createRecoveryStore } from '../../../electron/services/recovery-store';
import { REFERENCE_TITLE, pseudoRandomBytes, referenceArticle, validDraft, wordDocument } from '../../fixtures/drafts';

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'soantin-recovery-'));
  dir = join(root, 'recovery');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A clock the test moves by hand. */
function clock(start = '2022-05-28T10:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (seconds: number) => {
      t += seconds * 1000;
    },
  };
}

function article(id: string, title: string): Article {
  const a = referenceArticle();
  a.id = id;
  a.meta.title = title;
  return a;
}

describe('recovery store', () => {
  it('lists nothing before anything was written, without creating its folder', async () => {
    const store = createRecoveryStore(dir);
    expect(await store.list()).toEqual([]);
    expect(await readdir(root)).toEqual([]);
  });

  it('keeps the latest unsaved state of an article with its path, one file per article', async () => {
    const c = clock();
    const store = createRecoveryStore(dir, { now: c.now });
    const first = referenceArticle();
    const { savedAt } = await store.write(first, '/home/bientap/Hội nghị.tinbai');
    expect(savedAt).toBe('2022-05-28T10:00:00.000Z');

    c.advance(2);
    const second = referenceArticle();
    second.meta.sapo += ' Thêm một câu chưa lưu.';
    await store.write(second, '/home/bientap/Hội nghị.tinbai');

    expect(await readdir(dir)).toEqual([`${first.id}.tinbai`]);
    expect(await store.read(first.id)).toEqual({ article: second, path: '/home/bientap/Hội nghị.tinbai', media: expect.objectContaining({ hashes: [] }) });
    expect(await store.list()).toEqual([
      { articleId: first.id, title: REFERENCE_TITLE, path: '/home/bientap/Hội nghị.tinbai', savedAt: '2022-05-28T10:00:02.000Z' },
    ]);
  });

  it('lists several articles newest first, a never-saved one with a null path', async () => {
    const c = clock();
    const store = createRecoveryStore(dir, { now: c.now });
    await store.write(article('bai-cu-0001', 'Bài cũ'), '/tmp/cu.tinbai');
    c.advance(60);
    await store.write(article('bai-moi-0002', 'Bài mới'), null);
    c.advance(-30);
    await store.write(article('bai-giua-0003', 'Bài giữa'), null);

    const list = await store.list();
    expect(list.map((e) => e.title)).toEqual(['Bài mới', 'Bài giữa', 'Bài cũ']);
    expect(list[0].path).toBeNull();
  });

  it('skips corrupt and foreign files in the folder instead of failing', async () => {
    const store = createRecoveryStore(dir, { now: clock().now });
    await store.write(article('that-0001', 'Bài thật'), null);
    await writeFile(join(dir, 'hong-0002.tinbai'), pseudoRandomBytes(2000));
    await writeFile(join(dir, 'word-0003.tinbai'), await wordDocument());
    // A good draft under another article's name is not that article's recovery.
    await writeFile(join(dir, 'khac-0004.tinbai'), await validDraft());
    await writeFile(join(dir, 'ghi-chu.txt'), 'không phải bản thảo');
    await mkdir(join(dir, 'thu-muc.tinbai'));

    expect((await store.list()).map((e) => e.articleId)).toEqual(['that-0001']);
    expect(await refusalCode(store.read('hong-0002'))).toBe('not-a-draft');
  });

  it('offers a recovery file whose note is missing, as never saved', async () => {
    const store = createRecoveryStore(dir);
    await mkdir(dir);
    const a = referenceArticle();
    await writeFile(join(dir, `${a.id}.tinbai`), await validDraft(a));
    const [entry] = await store.list();
    expect(entry).toMatchObject({ articleId: a.id, title: REFERENCE_TITLE, path: null });
    expect(Date.parse(entry.savedAt)).not.toBeNaN();
  });

  it('writes a file that opens as an ordinary draft', async () => {
    const store = createRecoveryStore(dir);
    const a = referenceArticle();
    await store.write(a, null);
    expect(await decodeDraft(await readFile(join(dir, `${a.id}.tinbai`)))).toEqual(a);
  });

  it('discards a recovery, and discarding again is no error', async () => {
    const store = createRecoveryStore(dir);
    const a = referenceArticle();
    await store.write(a, null);
    await store.discard(a.id);
    await store.discard(a.id);
    expect(await store.list()).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
    expect(await refusalCode(store.read(a.id))).toBe('file-not-found');
  });

  it('does not let an autosave still in flight bring back a recovery discarded after saving', async () => {
    const store = createRecoveryStore(dir);
    const a = referenceArticle();
    const writing = store.write(a, null);
    const discarding = store.discard(a.id);
    await Promise.all([writing, discarding]);
    expect(await store.list()).toEqual([]);
  });

  it.each(['../../etc/passwd', '..', 'a/b', 'a\\b', '', 'x'.repeat(101), 'seven77', 'bài-viết', 'C:evil', 'id.tinbai'])(
    'refuses the id %j before touching the disk',
    async (id) => {
      const store = createRecoveryStore(dir);
      expect(await refusalCode(store.read(id))).toBe('invalid-payload');
      expect(await refusalCode(store.discard(id))).toBe('invalid-payload');
      expect(await refusalCode(store.write({ ...referenceArticle(), id }, null))).toBe('invalid-payload');
      expect(await readdir(root)).toEqual([]);
    },
  );
});
