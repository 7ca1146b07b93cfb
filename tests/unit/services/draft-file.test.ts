import { refusalCode } from '../../helpers/refusal-code';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TINBAI_MIMETYPE } from '../../../shared/article/format';
import { decodeDraft, decodeDraftBytes, encodeDraft } from '../../../electron/services/draft/draft-codec';
import { createDraftFiles, readDraft, writeDraft } from '../../../electron/services/draft/draft-files';
import { ZIP_LIMITS } from '../../../electron/services/draft/zip-codec';
import { retryDelay, writeFileAtomically } from '../../../electron/services/atomic-write';
import {
  BROKEN_DRAFTS,
  REFERENCE_TITLE,
  draftWithEntryNamed,
  referenceArticle,
  validDraft,
  writeDraftFixtures,
  zipOf,
} from '../../fixtures/drafts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-draft-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await chmod(folder, 0o755).catch(() => {});
  await rm(folder, { recursive: true, force: true });
});

async function entriesOf(bytes: Buffer): Promise<yauzl.Entry[]> {
  const zip = await yauzl.fromBufferPromise(bytes);
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

describe('the .tinbai format', () => {
  it('is a zip whose first entry is the stored mimetype, readable at byte 38 like EPUB', async () => {
    const bytes = await encodeDraft(referenceArticle());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.subarray(30, 38).toString('latin1')).toBe('mimetype');
    expect(bytes.subarray(38, 38 + TINBAI_MIMETYPE.length).toString('latin1')).toBe(TINBAI_MIMETYPE);

    const entries = await entriesOf(bytes);
    expect(entries.map((e) => e.fileName)).toEqual(['mimetype', 'article.json']);
    expect(entries[0].compressionMethod).toBe(0);
    expect(entries[0].uncompressedSize).toBe(TINBAI_MIMETYPE.length);
    expect(entries[1].compressionMethod).toBe(8);
  });

  it('opens again as exactly the article that was saved, Vietnamese text and all', async () => {
    const article = referenceArticle();
    const reopened = await decodeDraft(await encodeDraft(article));
    expect(reopened).toEqual(article);
    expect(reopened.meta.title).toBe(REFERENCE_TITLE);
  });

  it('keeps decomposed (NFD) text as it was given rather than rewriting it', async () => {
    const article = referenceArticle();
    article.meta.title = REFERENCE_TITLE.normalize('NFD');
    const reopened = await decodeDraft(await encodeDraft(article));
    expect(reopened.meta.title).toBe(REFERENCE_TITLE.normalize('NFD'));
    expect(reopened.meta.title).not.toBe(REFERENCE_TITLE);
  });

  it('gives the same bytes for the same article', async () => {
    const a = await encodeDraft(referenceArticle());
    const b = await encodeDraft(referenceArticle());
    expect(a.equals(b)).toBe(true);
  });

  it('refuses to write an article that would not open again', async () => {
    const broken = { ...referenceArticle(), meta: { ...referenceArticle().meta, date: '28/5/2022' } };
    expect(await refusalCode(encodeDraft(broken))).toBe('invalid-article');
  });

  it('refuses to write an article.json larger than it would read back (too-large)', async () => {
    const huge = referenceArticle();
    const text = 'Người dân '.repeat(Math.ceil(ZIP_LIMITS.entryBytes / 'Người dân '.length));
    huge.body.root.children = [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }];
    expect(await refusalCode(encodeDraft(huge))).toBe('too-large');
  });

  it('refuses a draft carrying entries this version cannot save back (media, history) as newer-format', async () => {
    // Opening it here and saving would write only article.json: the photos and versions would be lost.
    for (const extra of [
      { name: 'media/3b7e.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) },
      { name: 'history/1.json', data: '{"at":"2022-05-28T16:00:00+07:00"}' },
    ]) {
      const bytes = await zipOf([
        { name: 'mimetype', data: TINBAI_MIMETYPE, compress: false },
        { name: 'article.json', data: JSON.stringify(referenceArticle()) },
        extra,
      ]);
      expect(await refusalCode(decodeDraft(bytes)), extra.name).toBe('newer-format');
    }
  });

  it('refuses keys this version does not know, at the top or in meta, as newer-format', async () => {
    const withKeys = [
      { ...referenceArticle(), comments: [{ id: 'c1', text: 'Sửa chức danh' }] },
      { ...referenceArticle(), meta: { ...referenceArticle().meta, portalCategoryId: 17 } },
      { ...referenceArticle(), modified: { ...referenceArticle().modified, device: 'laptop-pv' } },
    ];
    for (const article of withKeys) {
      const bytes = await zipOf([
        { name: 'mimetype', data: TINBAI_MIMETYPE, compress: false },
        { name: 'article.json', data: JSON.stringify(article) },
      ]);
      expect(await refusalCode(decodeDraft(bytes))).toBe('newer-format');
    }
  });

  it('still calls a damaged file damaged: unknown keys without our format version are invalid-article', async () => {
    const bytes = await zipOf([
      { name: 'mimetype', data: TINBAI_MIMETYPE, compress: false },
      { name: 'article.json', data: JSON.stringify({ hello: 'world' }) },
    ]);
    expect(await refusalCode(decodeDraft(bytes))).toBe('invalid-article');
  });

  it('opens a copy taken out of the recovery folder (its note holds nothing of the article)', async () => {
    const bytes = await encodeDraft(referenceArticle(), { extraEntries: [{ name: 'recovery.json', data: Buffer.from('{"path":null}') }] });
    expect(await decodeDraft(bytes)).toEqual(referenceArticle());
  });

  it('returns only the extra entries asked for, and refuses one nobody asked for', async () => {
    const bytes = await encodeDraft(referenceArticle(), { extraEntries: [{ name: 'note.json', data: Buffer.from('{"a":1}') }] });
    const { extras } = await decodeDraftBytes(bytes, ['note.json', 'missing.json', 'article.json']);
    expect([...extras.keys()]).toEqual(['note.json']);
    expect(await refusalCode(decodeDraftBytes(bytes))).toBe('newer-format');
    expect(extras.get('note.json')?.toString()).toBe('{"a":1}');
  });
});

describe('opening a file that is not a good draft', () => {
  for (const fixture of BROKEN_DRAFTS) {
    it(`${fixture.file} → ${fixture.code}`, async () => {
      const path = join(folder, fixture.file);
      const bytes = await fixture.build();
      await writeFile(path, bytes);
      expect(await refusalCode(readDraft(path))).toBe(fixture.code);
      // Opening never touches the file.
      expect((await readFile(path)).equals(bytes)).toBe(true);
    });
  }

  it.each(['/etc/evil.txt', 'C:/Windows/evil.txt', 'media/..\\..\\evil.txt', 'media/../../evil.txt'])(
    'refuses an entry named %s',
    async (name) => {
      expect(await refusalCode(decodeDraft(await draftWithEntryNamed(name)))).toBe('unsafe-entry');
    },
  );

  it('says a newer file needs a newer app even when its body would fail today’s schema', async () => {
    const fixture = BROKEN_DRAFTS.find((f) => f.file === 'newer-format.tinbai')!;
    expect(await refusalCode(decodeDraft(await fixture.build()))).toBe('newer-format');
  });

  it('refuses a damaged article.json whose checksum no longer matches', async () => {
    const bytes = await zipOf([
      { name: 'mimetype', data: TINBAI_MIMETYPE, compress: false },
      { name: 'article.json', data: JSON.stringify(referenceArticle()), compress: false },
    ]);
    const at = bytes.indexOf(Buffer.from('Duy Tiên'));
    const damaged = Buffer.from(bytes);
    damaged.write('Duy Tien', at, 'utf8'); // one letter changed, same JSON shape
    expect(await refusalCode(decodeDraft(damaged))).toBe('not-a-draft');
  });

  it('refuses an article.json over the size limit before inflating it', async () => {
    const bytes = await zipOf([
      { name: 'mimetype', data: TINBAI_MIMETYPE, compress: false },
      // Zeros deflate to almost nothing: a small file that would inflate to 65 MiB.
      { name: 'article.json', data: Buffer.alloc(ZIP_LIMITS.entryBytes + 1024 * 1024, 0x20) },
    ]);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(await refusalCode(decodeDraft(bytes))).toBe('too-large');
  });

  it('refuses an archive with more than 10,000 entries', async () => {
    const items = [
      { name: 'mimetype', data: TINBAI_MIMETYPE, compress: false },
      { name: 'article.json', data: JSON.stringify(referenceArticle()) },
      ...Array.from({ length: ZIP_LIMITS.entries }, (_, i) => ({ name: `history/${i}.json`, data: '{}', compress: false })),
    ];
    expect(await refusalCode(decodeDraft(await zipOf(items)))).toBe('too-large');
  });

  it('maps a missing file to file-not-found', async () => {
    expect(await refusalCode(readDraft(join(folder, 'không-có.tinbai')))).toBe('file-not-found');
  });

  it('refuses a folder named like a draft', async () => {
    const path = join(folder, 'thư mục.tinbai');
    await fs.promises.mkdir(path);
    expect(await refusalCode(readDraft(path))).toBe('not-a-draft');
  });

  it('writes every fixture for the browser tests, the reference one opening', async () => {
    const written = await writeDraftFixtures(join(folder, 'fixtures'));
    expect(written.size).toBe(BROKEN_DRAFTS.length + 1);
    const reference = await readDraft(written.get('reference.tinbai')!);
    expect(reference.meta.title).toBe(REFERENCE_TITLE);
  });
});

describe('saving', () => {
  it('writes a draft that opens again, with no temp file left beside it', async () => {
    const path = join(folder, 'Hội nghị Duy Tiên.tinbai');
    await writeDraft(path, referenceArticle());
    expect(await readDraft(path)).toEqual(referenceArticle());
    expect(await readdir(folder)).toEqual(['Hội nghị Duy Tiên.tinbai']);
  });

  it('replaces an existing draft', async () => {
    const path = join(folder, 'bai.tinbai');
    const files = createDraftFiles();
    await files.write(path, referenceArticle());
    const edited = referenceArticle();
    edited.meta.title = 'Hội nghị Ban Thường vụ Tỉnh ủy (bản sửa)';
    await files.write(path, edited);
    expect((await files.read(path)).meta.title).toBe('Hội nghị Ban Thường vụ Tỉnh ủy (bản sửa)');
    expect(await readdir(folder)).toEqual(['bai.tinbai']);
  });

  it('leaves the previous file byte-identical and no temp file when the rename fails', async () => {
    const path = join(folder, 'bai.tinbai');
    await writeDraft(path, referenceArticle());
    const before = await readFile(path);

    const failure = Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    const rename = vi.spyOn(fs, 'rename').mockImplementation(((_a: unknown, _b: unknown, cb: (e: Error) => void) =>
      cb(failure)) as never);
    const edited = referenceArticle();
    edited.meta.title = 'Bản sửa không được lưu';
    expect(await refusalCode(writeDraft(path, edited))).toBe('io-error');
    expect(rename).toHaveBeenCalled();
    rename.mockRestore();

    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(folder)).toEqual(['bai.tinbai']);
  });

  it('leaves the previous file untouched when the disk is full while writing', async () => {
    const path = join(folder, 'bai.tinbai');
    await writeDraft(path, referenceArticle());
    const before = await readFile(path);
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    vi.spyOn(fs, 'write').mockImplementation(((...args: unknown[]) => (args.at(-1) as (e: Error) => void)(full)) as never);
    expect(await refusalCode(writeDraft(path, referenceArticle()))).toBe('disk-full');
    vi.restoreAllMocks();
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(folder)).toEqual(['bai.tinbai']);
  });

  it('reports permission-denied when the folder refuses the new file, and leaves the old one', async () => {
    // As a read-only folder answers (mocked: the tests may run as root, who is never refused).
    const path = join(folder, 'bai.tinbai');
    await writeDraft(path, referenceArticle());
    const before = await readFile(path);
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${path}.123'`), { code: 'EACCES' });
    const open = vi.spyOn(fs, 'open').mockImplementation(((...args: unknown[]) => (args.at(-1) as (e: Error) => void)(denied)) as never);
    const edited = referenceArticle();
    edited.meta.title = 'Bản sửa không được lưu';
    expect(await refusalCode(writeDraft(path, edited))).toBe('permission-denied');
    expect(open).toHaveBeenCalled();
    vi.restoreAllMocks();
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(folder)).toEqual(['bai.tinbai']);
  });

  it('keeps the file mode of the draft it replaces', async () => {
    const path = join(folder, 'bai.tinbai');
    await writeDraft(path, referenceArticle());
    await chmod(path, 0o640);
    await writeDraft(path, referenceArticle());
    expect((await stat(path)).mode & 0o777).toBe(0o640);
  });

  it('does not create the folder: saving into a missing one says the folder is gone (folder-not-found)', async () => {
    expect(await refusalCode(writeDraft(join(folder, 'mất', 'bai.tinbai'), referenceArticle()))).toBe('folder-not-found');
  });
});

describe('retrying a replace held by another program (Windows)', () => {
  it('retries only Windows lock errors, a few times', () => {
    expect(retryDelay('win32', 'EPERM', 0)).toBeGreaterThan(0);
    expect(retryDelay('win32', 'EBUSY', 3)).toBeGreaterThan(0);
    expect(retryDelay('win32', 'EBUSY', 4)).toBeNull();
    expect(retryDelay('win32', 'ENOSPC', 0)).toBeNull();
    expect(retryDelay('linux', 'EPERM', 0)).toBeNull();
    expect(retryDelay('darwin', 'EBUSY', 0)).toBeNull();
  });

  it('succeeds when the lock goes away after two refusals', async () => {
    const path = join(folder, 'bai.tinbai');
    await writeFile(path, 'cũ');
    const realRename = fs.rename;
    let refusals = 0;
    vi.spyOn(fs, 'rename').mockImplementation(((from: string, to: string, cb: (e: Error | null) => void) => {
      if (refusals < 2) {
        refusals++;
        cb(Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' }));
      } else realRename(from, to, cb);
    }) as never);
    const pauses: number[] = [];
    await writeFileAtomically(path, Buffer.from('mới'), 'win32', async (ms) => {
      pauses.push(ms);
    });
    expect(pauses).toHaveLength(2);
    expect(await readFile(path, 'utf8')).toBe('mới');
    expect(await readdir(folder)).toEqual(['bai.tinbai']);
  });
});

describe('the valid fixture', () => {
  it('is what validDraft writes', async () => {
    expect(await decodeDraft(await validDraft())).toEqual(referenceArticle());
  });
});

describe('entry names', () => {
  it('accepts names inside the archive and refuses every way out of it', async () => {
    const { isSafeEntryName } = await import('../../../electron/services/draft/zip-entry-name');
    for (const ok of ['article.json', 'media/3b7e.preview.jpg', 'history/12.json', 'ảnh/Hội nghị.jpg', 'a..b/c']) {
      expect(isSafeEntryName(ok), ok).toBe(true);
    }
    for (const bad of ['', '/etc/passwd', 'C:/x', 'c:x', '..', 'media/../../x', 'media\\x', 'a\0b']) {
      expect(isSafeEntryName(bad), bad).toBe(false);
    }
  });

  it('refuses to write an extra entry whose name would escape', async () => {
    expect(await refusalCode(encodeDraft(referenceArticle(), { extraEntries: [{ name: '../x.json', data: Buffer.from('{}') }] }))).toBe('unsafe-entry');
    expect(await refusalCode(encodeDraft(referenceArticle(), { extraEntries: [{ name: 'article.json', data: Buffer.from('{}') }] }))).toBe('unsafe-entry');
  });
});
