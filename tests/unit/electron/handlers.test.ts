import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleSchema } from '../../../shared/article/article-schema';
import type { InvokeMethod } from '../../../shared/ipc/contract';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, type HandlerDeps } from '../../../electron/ipc/handlers';
import { createLaunchDraft } from '../../../electron/launch-draft';
import { createPathGrants } from '../../../electron/security/path-grants';
import { createMediaLibrary } from '../../../electron/services/media-library';
import { createPhotos } from '../../../electron/services/photos-service';
import { createDraftFiles } from '../../../electron/services/draft/draft-files';
import { createRecentFiles } from '../../../electron/services/recent-files';
import { createRecoveryStore } from '../../../electron/services/recovery-store';
import { createSettings, type KeyValueStore } from '../../../electron/services/settings-store';
import { REFERENCE_TITLE, referenceArticle } from '../../fixtures/drafts';
import { cameraJpeg } from '../../fixtures/photos';
import { createPortalProfileSetting } from '../../../electron/services/export/portal-profile-setting';
import { parsePortalProfile } from '../../../shared/export/portal-profile';

/**
 * The handler table as the page meets it (through dispatch), on the real services and a temp
 * folder. Only the dialogs and the window are stand-ins.
 */

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-handlers-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return { get: (key) => data.get(key), set: (key, value) => void data.set(key, value) };
}

function setUp(overrides: Partial<HandlerDeps> = {}, store: KeyValueStore = memoryStore()) {
  const log = vi.fn<(message: string, error?: unknown) => void>();
  const openAnswers: (string | null)[] = [];
  const saveAnswers: (string | null)[] = [];
  const recent = createRecentFiles(store);
  const media = createMediaLibrary(join(folder, 'userData', 'media'));
  const deps: HandlerDeps = {
    drafts: createDraftFiles(),
    media,
    photos: createPhotos(media, join(folder, 'userData', 'previews')),
    recovery: createRecoveryStore(join(folder, 'userData', 'recovery')),
    recent,
    settings: createSettings(store),
    dialogs: {
      chooseDraftToOpen: vi.fn(async () => openAnswers.shift() ?? null),
      chooseSavePath: vi.fn(async () => saveAnswers.shift() ?? null),
      choosePhotos: vi.fn(async () => []),
    },
    links: { open: async () => false },
    app: { version: '0.0.0-test', takePendingOpen: async () => null },
    grants: createPathGrants('linux', () => recent.list().map((f) => f.path)),
    log,
    ...overrides,
  };
  const table = createHandlers(deps);
  const window = { setDirty: vi.fn(), close: vi.fn(), notify: vi.fn() };
  const call = (method: InvokeMethod, input: unknown) => dispatch(table, method, input, { window });
  return { deps, log, call, store, answerOpen: (p: string | null) => openAnswers.push(p), answerSave: (p: string | null) => saveAnswers.push(p) };
}

const draftPath = (name: string) => join(folder, name);

describe('saving: what happens after the write does not turn success into failure', () => {
  it('reports the save as done when discarding the recovery copy fails, and logs it', async () => {
    const s = setUp();
    s.deps.recovery.discard = vi.fn(async () => {
      throw new Error('EBUSY: recovery file held by antivirus');
    });
    s.answerSave(draftPath('bai.tinbai'));
    const result = await s.call('saveDocument', { article: referenceArticle(), path: null, saveAs: false });
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: draftPath('bai.tinbai') } });
    expect(await createDraftFiles().read(draftPath('bai.tinbai'))).toEqual(referenceArticle());
    expect(s.log).toHaveBeenCalledWith(expect.stringContaining('recovery'), expect.any(Error));
  });

  it('reports the save as done when the recent-files list cannot be written', async () => {
    const s = setUp();
    s.deps.recent.add = () => {
      throw new Error('settings file locked');
    };
    s.answerSave(draftPath('bai.tinbai'));
    const result = await s.call('saveDocument', { article: referenceArticle(), path: null, saveAs: true });
    expect(result).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(s.log).toHaveBeenCalledWith(expect.stringContaining('recent'), expect.any(Error));
  });

  it('reports the save as done when rebuilding the menu fails', async () => {
    const s = setUp({
      onMenuStateChanged: () => {
        throw new Error('menu');
      },
    });
    s.answerSave(draftPath('bai.tinbai'));
    expect(await s.call('saveDocument', { article: referenceArticle(), path: null, saveAs: true })).toMatchObject({ ok: true });
  });

  it('opens a draft even when the recent-files list cannot be written', async () => {
    const s = setUp();
    await createDraftFiles().write(draftPath('bai.tinbai'), referenceArticle());
    s.deps.recent.add = () => {
      throw new Error('settings file locked');
    };
    s.answerOpen(draftPath('bai.tinbai'));
    const result = await s.call('openDocument', {});
    expect(result).toMatchObject({ ok: true, value: { status: 'opened', article: { meta: { title: REFERENCE_TITLE } } } });
  });

  it.each(['a3f1c2d4-duytien-20220528', '0b6f2f4e-9d8c-4c57-8a33-2f4f1b9e7c10', 'x'.repeat(100), 'abcd_EFG'])(
    'saves an article whose id %j the schema accepts, and its recovery copy goes away',
    async (id) => {
      const s = setUp();
      const article = { ...referenceArticle(), id };
      expect(await s.call('writeRecovery', { article, path: null })).toMatchObject({ ok: true });
      s.answerSave(draftPath('bai.tinbai'));
      expect(await s.call('saveDocument', { article, path: null, saveAs: false })).toMatchObject({ ok: true });
      expect(await s.deps.recovery.list()).toEqual([]);
      expect(s.log).not.toHaveBeenCalled();
    },
  );

  it.each(['bài-viết-2024', 'id.with.dots', 'short', 'a/b/c/d/e/f', 'x'.repeat(101)])(
    'an id the recovery folder could not hold (%j) is refused by the schema itself',
    (id) => {
      expect(articleSchema.safeParse({ ...referenceArticle(), id }).success).toBe(false);
    },
  );
});

describe('start-up', () => {
  it('hands over the launch draft even when the recovery folder cannot be listed', async () => {
    await createDraftFiles().write(draftPath('launch.tinbai'), referenceArticle());
    const launch = createLaunchDraft((p) => createDraftFiles().read(p));
    launch.offer(draftPath('launch.tinbai'));
    const s = setUp({ app: { version: '0.0.0-test', takePendingOpen: () => launch.take() } });
    s.deps.recovery.list = async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    const result = await s.call('getStartup', {});
    expect(result).toMatchObject({
      ok: true,
      value: { pendingDocument: { path: draftPath('launch.tinbai'), article: { meta: { title: REFERENCE_TITLE } } }, recoveries: [] },
    });
    expect(s.log).toHaveBeenCalled();
  });
});

describe('paths the page names: only those handed out', () => {
  const refused = { ok: false, error: { code: 'path-not-allowed' } };

  it('refuses to overwrite a file the page names (notes.txt replaced by a zip)', async () => {
    const s = setUp();
    await writeFile(draftPath('notes.txt'), 'ghi chú riêng');
    s.deps.grants.grant(draftPath('notes.txt')); // even a granted path must be a draft's
    expect(await s.call('saveDocument', { article: referenceArticle(), path: draftPath('notes.txt'), saveAs: false })).toEqual(refused);
    expect(await readFile(draftPath('notes.txt'), 'utf8')).toBe('ghi chú riêng');
    expect(s.deps.dialogs.chooseSavePath).not.toHaveBeenCalled();
  });

  it('refuses to save to a draft path it was never given', async () => {
    const s = setUp();
    expect(await s.call('saveDocument', { article: referenceArticle(), path: draftPath('la.tinbai'), saveAs: false })).toEqual(refused);
    expect(await s.deps.drafts.read(draftPath('la.tinbai')).catch((e: { code: string }) => e.code)).toBe('file-not-found');
  });

  it('refuses to read a path it was never given, without telling whether it exists', async () => {
    const s = setUp();
    await createDraftFiles().write(draftPath('co-that.tinbai'), referenceArticle());
    expect(await s.call('openDocument', { path: draftPath('co-that.tinbai') })).toEqual(refused);
    expect(await s.call('openDocument', { path: draftPath('khong-co.tinbai') })).toEqual(refused);
    expect(await s.call('openDocument', { path: '/etc/passwd' })).toEqual(refused);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO or a folder named like a draft, without waiting on it', async () => {
    const s = setUp();
    execFileSync('mkfifo', [draftPath('ong.tinbai')]);
    await mkdir(draftPath('thu-muc.tinbai'));
    s.deps.grants.grant(draftPath('ong.tinbai'));
    s.deps.grants.grant(draftPath('thu-muc.tinbai'));
    expect(await s.call('openDocument', { path: draftPath('ong.tinbai') })).toMatchObject({ ok: false, error: { code: 'not-a-draft' } });
    expect(await s.call('openDocument', { path: draftPath('thu-muc.tinbai') })).toMatchObject({ ok: false, error: { code: 'not-a-draft' } });
  });

  it('grants the Open dialog\'s answer, and every draft opened, for later opens and saves', async () => {
    const s = setUp();
    await createDraftFiles().write(draftPath('bai.tinbai'), referenceArticle());
    s.answerOpen(draftPath('bai.tinbai'));
    expect(await s.call('openDocument', {})).toMatchObject({ ok: true, value: { status: 'opened' } });
    expect(await s.call('openDocument', { path: draftPath('bai.tinbai') })).toMatchObject({ ok: true });
    const edited = { ...referenceArticle(), meta: { ...referenceArticle().meta, title: 'Bản sửa' } };
    expect(await s.call('saveDocument', { article: edited, path: draftPath('bai.tinbai'), saveAs: false })).toMatchObject({ ok: true });
    expect((await createDraftFiles().read(draftPath('bai.tinbai'))).meta.title).toBe('Bản sửa');
    expect(s.deps.dialogs.chooseSavePath).not.toHaveBeenCalled();
  });

  it('grants the Save dialog\'s answer, with the extension added, so the next Save asks nothing', async () => {
    const s = setUp();
    s.answerSave(draftPath('ban-2'));
    expect(await s.call('saveDocument', { article: referenceArticle(), path: null, saveAs: true })).toEqual({
      ok: true,
      value: { status: 'saved', path: draftPath('ban-2.tinbai') },
    });
    expect(await s.call('saveDocument', { article: referenceArticle(), path: draftPath('ban-2.tinbai'), saveAs: false })).toMatchObject({
      ok: true,
    });
    expect(s.deps.dialogs.chooseSavePath).toHaveBeenCalledTimes(1);
  });

  it('a cancelled dialog grants nothing', async () => {
    const s = setUp();
    s.answerSave(null);
    expect(await s.call('saveDocument', { article: referenceArticle(), path: draftPath('x.tinbai'), saveAs: true })).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(s.deps.grants.allows(draftPath('x.tinbai'))).toBe(false);
  });

  it('allows the drafts of the recent list (kept from an earlier run)', async () => {
    const store = memoryStore();
    await createDraftFiles().write(draftPath('hom-qua.tinbai'), referenceArticle());
    createRecentFiles(store).add(draftPath('hom-qua.tinbai'), REFERENCE_TITLE);
    const s = setUp({}, store);
    expect(await s.call('openDocument', { path: draftPath('hom-qua.tinbai') })).toMatchObject({ ok: true });
  });

  it('a recovery copy may remember only a granted path', async () => {
    const s = setUp();
    expect(await s.call('writeRecovery', { article: referenceArticle(), path: '/home/pv/.config/autostart.tinbai' })).toEqual(refused);
    expect(await s.deps.recovery.list()).toEqual([]);
    expect(await s.call('writeRecovery', { article: referenceArticle(), path: null })).toMatchObject({ ok: true });
    s.deps.grants.grant(draftPath('bai.tinbai'));
    expect(await s.call('writeRecovery', { article: referenceArticle(), path: draftPath('bai.tinbai') })).toMatchObject({ ok: true });
  });

  it('restoring a recovery copy grants its path: after a restart the restored draft saves where it was', async () => {
    const before = setUp();
    before.deps.grants.grant(draftPath('bai.tinbai'));
    await before.call('writeRecovery', { article: referenceArticle(), path: draftPath('bai.tinbai') });

    const after = setUp(); // a new run: nothing granted yet
    const save = () => after.call('saveDocument', { article: referenceArticle(), path: draftPath('bai.tinbai'), saveAs: false });
    expect(await save()).toEqual(refused);
    expect(await after.call('readRecovery', { articleId: referenceArticle().id })).toMatchObject({
      ok: true,
      value: { path: draftPath('bai.tinbai') },
    });
    expect(await save()).toMatchObject({ ok: true, value: { status: 'saved' } });
  });
});

describe('the main photo’s first frame (photos:guess-crop)', () => {
  async function importedPhoto(s: ReturnType<typeof setUp>, width: number, height: number) {
    const bytes = await cameraJpeg({ width, height, gps: false });
    const result = await s.call('importPhotoBytes', { name: 'DSC_0799.jpg', data: bytes.toString('base64') });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return (result.value as { photo: { hash: string; width: number; height: number } }).photo;
  }

  it('gives sharp’s attention frame for the portal thumbnail (4:3 by default) inside the photo, and the thumbnail’s size', async () => {
    const s = setUp();
    const photo = await importedPhoto(s, 1200, 600);
    const result = await s.call('guessPhotoCrop', { hash: photo.hash });
    expect(result).toMatchObject({ ok: true, value: { thumbnail: { width: 400, height: 300 } } });
    const { crop } = (result as { value: { crop: { x: number; y: number; width: number; height: number } } }).value;
    expect(crop.height).toBe(1);
    expect((crop.width * photo.width) / (crop.height * photo.height)).toBeCloseTo(4 / 3, 1);
    expect(crop.x + crop.width).toBeLessThanOrEqual(1);
  });

  it('follows the thumbnail of the portal profile the export uses', async () => {
    const store = memoryStore();
    const s = setUp({ portalProfile: createPortalProfileSetting(store) }, store);
    s.deps.portalProfile!.set(parsePortalProfileOrThrow({ thumbnail: { width: 300, height: 300 } }));
    const photo = await importedPhoto(s, 1200, 600);
    const result = await s.call('guessPhotoCrop', { hash: photo.hash });
    const value = (result as { value: { crop: { width: number; height: number }; thumbnail: unknown } }).value;
    expect(value.thumbnail).toEqual({ width: 300, height: 300 });
    expect(value.crop.width * photo.width).toBeCloseTo(value.crop.height * photo.height, -1);
  });

  it('answers only for a photo of the open drafts, and refuses what is not a hash', async () => {
    const s = setUp();
    expect(await s.call('guessPhotoCrop', { hash: 'a'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'photo-missing' } });
    expect(await s.call('guessPhotoCrop', { hash: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

function parsePortalProfileOrThrow(json: unknown) {
  const parsed = parsePortalProfile(json);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.profile;
}
