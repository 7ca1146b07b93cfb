import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, MediaItem } from '../../../shared/article/article-schema';
import type { InvokeMethod } from '../../../shared/ipc/contract';
import { composeApp } from '../../../electron/composition';
import { dispatch } from '../../../electron/ipc/dispatch';
import { PORTAL_PROFILE_KEY } from '../../../electron/services/export/portal-profile-setting';
import type { KeyValueStore } from '../../../electron/services/settings-store';
import { referenceArticle } from '../../fixtures/drafts';
import { cameraJpeg, portraitJpeg } from '../../fixtures/photos';
import { scriptCapable } from '../shared/export/script-free';

/**
 * The portal export as the page meets it: through dispatch and the contract, on the app's own
 * composition (real media library, real exporter, temp folders). Only the dialogs, the window
 * and the clipboard are stand-ins.
 */

const SLUG = 'hoi-nghi-ban-thuong-vu-tinh-uy-lam-viec-voi-ban-thuong-vu-thi-uy-duy-tien';
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-export-handlers-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return { get: (key) => data.get(key), set: (key, value) => void data.set(key, value) };
}

function setUp(store: KeyValueStore = memoryStore()) {
  const exportAnswers: (string | null)[] = [];
  const profileAnswers: (string | null)[] = [];
  const clipboard: { html: string; text: string }[] = [];
  const chooseExportTarget = vi.fn(async (_name: string, _kind: 'folder' | 'zip') => exportAnswers.shift() ?? null);
  const app = composeApp({
    userDataDir: join(folder, 'userData'),
    store,
    platform: process.platform,
    version: '0.0.0-test',
    log: () => {},
    openExternal: async () => {},
    dialogs: {
      chooseDraftToOpen: async () => null,
      chooseSavePath: async () => null,
      choosePhotos: async () => [],
      chooseExportTarget,
      chooseProfileFile: async () => profileAnswers.shift() ?? null,
    },
    clipboard: { write: async (data) => void clipboard.push(data) },
  });
  const window = { setDirty: vi.fn(), close: vi.fn(), notify: vi.fn() };
  const call = async (method: InvokeMethod, input: unknown) => {
    const result = await dispatch(app.table, method, input, { window });
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.detail ?? ''}`);
    return result.value as Record<string, unknown> & { status?: string };
  };
  const raw = (method: InvokeMethod, input: unknown) => dispatch(app.table, method, input, { window });
  return { app, call, raw, window, clipboard, chooseExportTarget, answerExport: (p: string | null) => exportAnswers.push(p), answerProfile: (p: string | null) => profileAnswers.push(p) };
}

async function withPhotos(s: ReturnType<typeof setUp>, edit: (article: Article, photos: MediaItem[]) => void = () => {}): Promise<Article> {
  const photos = [
    await s.app.services.photos.importBytes(await cameraJpeg({ width: 1600, height: 1067 }), 'DSC_0799.jpg'),
    await s.app.services.photos.importBytes(await portraitJpeg(), 'DSC05850.jpg'),
  ];
  const article = referenceArticle();
  const fig = (photo: MediaItem, caption: string) => ({ type: 'figure', version: 1, media: photo.hash, width: photo.width, height: photo.height, alt: caption, caption: [{ text: caption, format: 0 }], credit: '', size: 'full' });
  const children = [...article.body.root.children!];
  children.splice(1, 0, fig(photos[0], 'Các đại biểu dự hội nghị') as never);
  children.splice(children.length - 1, 0, fig(photos[1], 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị') as never);
  const out: Article = { ...article, body: { root: { ...article.body.root, children } }, media: photos };
  edit(out, photos);
  return out;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

describe('checkExport', () => {
  it('lists the blocking problems and the warnings, each with its place; a photo the app does not hold blocks', async () => {
    const s = setUp();
    const article = await withPhotos(s, (a) => {
      a.meta.title = '';
      (a.body.root.children![1] as unknown as { media: string }).media = 'a'.repeat(64);
      a.media[0] = { ...a.media[0], hash: 'a'.repeat(64) };
    });
    const { checks } = (await s.call('checkExport', { article })) as { checks: { code: string; severity: string; place: unknown }[] };
    expect(checks.filter((c) => c.severity === 'error').map((c) => [c.code, c.place])).toEqual([
      ['title-empty', { kind: 'meta', field: 'title' }],
      ['photo-missing', { kind: 'body', path: [1] }],
    ]);
    expect(checks.filter((c) => c.severity === 'warning').map((c) => c.code)).toContain('end-mark-missing');
  });
});

describe('exportPackage', () => {
  it('refuses a blocked article before any dialog, and writes nothing', async () => {
    const s = setUp();
    const article = await withPhotos(s, (a) => {
      a.meta.sapo = ' ';
    });
    const result = await s.call('exportPackage', { article, kind: 'zip', exportId: 'export-0001' });
    expect(result.status).toBe('refused');
    expect((result.checks as { code: string }[]).map((c) => c.code)).toContain('sapo-empty');
    expect(s.chooseExportTarget).not.toHaveBeenCalled();
  });

  it('asks where with the slug as the name, writes the package from the library’s masters, and reports progress', async () => {
    const s = setUp();
    const article = await withPhotos(s);
    const target = join(folder, 'goi');
    s.answerExport(target);
    const result = await s.call('exportPackage', { article, kind: 'folder', exportId: 'export-0002' });
    expect(result).toMatchObject({ status: 'exported', path: target, kind: 'folder' });
    expect(s.chooseExportTarget).toHaveBeenCalledWith(SLUG, 'folder', 'vi');
    const names = (await readdir(target, { recursive: true })).map(String);
    expect(names).toEqual(expect.arrayContaining(['article.html', 'preview.html', 'metadata.json', 'README.txt', `images/${SLUG}-1-480.jpg`, `images/${SLUG}-2-480.jpg`]));
    const html = await readFile(join(target, 'article.html'), 'utf8');
    expect(parseFragment(html).childNodes.filter((n) => n.nodeName === 'figure')).toHaveLength(2);
    expect(scriptCapable(html)).toEqual([]);
    const progress = s.window.notify.mock.calls.filter(([event]) => event === 'onExportProgress').map(([, p]) => p);
    expect(progress.at(0)).toEqual({ exportId: 'export-0002', step: 'photos', done: 0, total: 2 });
    expect(progress).toContainEqual({ exportId: 'export-0002', step: 'photos', done: 2, total: 2 });
    expect(progress.at(-1)).toMatchObject({ step: 'done' });
  });

  it('never replaces a package without asking: "exists", then with the same id and overwrite it writes where the dialog said', async () => {
    const s = setUp();
    const article = await withPhotos(s);
    const chosen = join(folder, 'goi-cu');
    await writeFile(chosen + '.zip', 'gói cũ');
    s.answerExport(chosen);
    const first = await s.call('exportPackage', { article, kind: 'zip', exportId: 'export-0003' });
    expect(first).toEqual({ status: 'exists', path: chosen + '.zip', kind: 'zip' });
    expect(await readFile(chosen + '.zip', 'utf8')).toBe('gói cũ');

    const agreed = await s.call('exportPackage', { article, kind: 'zip', exportId: 'export-0003', overwrite: true });
    expect(agreed).toMatchObject({ status: 'exported', path: chosen + '.zip' });
    expect((await readFile(chosen + '.zip')).subarray(0, 2).toString()).toBe('PK');
    expect(s.chooseExportTarget).toHaveBeenCalledTimes(1);
  });

  it('the page cannot name a path, nor overwrite what no dialog chose', async () => {
    const s = setUp();
    const article = await withPhotos(s);
    const named = await s.raw('exportPackage', { article, kind: 'zip', exportId: 'export-0004', path: join(folder, 'x.zip') });
    expect(named).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const blind = await s.raw('exportPackage', { article, kind: 'zip', exportId: 'export-0005', overwrite: true });
    expect(blind).toMatchObject({ ok: false, error: { code: 'path-not-allowed' } });
    expect(await readdir(folder)).toEqual(['userData']);
  });

  it('a cancelled dialog writes nothing', async () => {
    const s = setUp();
    s.answerExport(null);
    expect(await s.call('exportPackage', { article: await withPhotos(s), kind: 'zip', exportId: 'export-0006' })).toEqual({ status: 'cancelled' });
    expect(await readdir(folder)).toEqual(['userData']);
  });
});

describe('copyPortalHtml', () => {
  it('puts the fragment as text/html and the article’s text as text/plain on the clipboard, photo addresses absolute when the profile says so', async () => {
    const s = setUp();
    const profile = join(folder, 'cong.json');
    await writeFile(profile, JSON.stringify({ name: 'Cổng tỉnh Hà Nam', imageBaseUrl: 'https://hanam.gov.vn/PublishingImages/' }));
    s.answerProfile(profile);
    expect(await s.call('loadPortalProfile', {})).toEqual({ status: 'loaded', profile: { name: 'Cổng tỉnh Hà Nam', imageBaseUrl: 'https://hanam.gov.vn/PublishingImages/', custom: true } });

    const article = await withPhotos(s);
    expect(await s.call('copyPortalHtml', { article })).toMatchObject({ status: 'copied' });
    const [{ html, text }] = s.clipboard;
    expect(html).toContain(`src="https://hanam.gov.vn/PublishingImages/${SLUG}-1-`);
    expect(html.startsWith('<p><strong>Chiều ngày 28/5/2022')).toBe(true);
    expect(scriptCapable(html)).toEqual([]);
    expect(text).toContain('Dự hội nghị có bà Lê Thị Thủy');
    expect(text).not.toContain('<');
  });
});

describe('the portal profile setting', () => {
  it('lists a bad file’s problems and keeps the profile; reset goes back to the reference portal; a hand-edited setting falls back to it', async () => {
    const store = memoryStore();
    const s = setUp(store);
    const bad = join(folder, 'sai.json');
    await writeFile(bad, JSON.stringify({ imageBaseUrl: 'javascript:alert(1)/', renditionWidths: [] }));
    s.answerProfile(bad);
    const refused = await s.call('loadPortalProfile', {});
    expect(refused.status).toBe('invalid');
    expect((refused.problems as string[]).join('\n')).toMatch(/imageBaseUrl[\s\S]*renditionWidths/);
    expect(await s.call('getPortalProfile', {})).toEqual({ name: 'Cổng thông tin điện tử tỉnh', imageBaseUrl: 'images/', custom: false });

    store.set(PORTAL_PROFILE_KEY, { jpegQuality: 'cao' });
    expect((await s.call('getPortalProfile', {})).custom).toBe(false);

    const good = join(folder, 'tot.json');
    await writeFile(good, '\uFEFF{"webp": true}');
    s.answerProfile(good);
    expect((await s.call('loadPortalProfile', {})).status).toBe('loaded');
    expect((await s.call('getPortalProfile', {})).custom).toBe(true);
    expect(await s.call('resetPortalProfile', {})).toMatchObject({ custom: false, imageBaseUrl: 'images/' });
    expect(await exists(good)).toBe(true);
  });
});
