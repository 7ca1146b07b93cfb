import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPackage, type ExportProgress } from '../../../../electron/services/export/export-package';
import { ExportError } from '../../../../shared/export/export-error';
import { isSafeHref } from '../../../../shared/paste/safe-href';
import type { ExportArticle } from '../../../../shared/export/export-node';
import type { ExportMetadata } from '../../../../shared/export/metadata';
import { verifiedFragment } from '../../../../shared/export/portal-fragment';
import { DEFAULT_PORTAL_PROFILE } from '../../../../shared/export/portal-profile';
import { a, article, B, figure, h, p, t } from '../../shared/export/export-fixtures';
import { scriptCapable } from '../../shared/export/script-free';
import { XSS_VECTORS } from '../../shared/export/xss-vectors';
import { psnr, ssim } from '../../../../scripts/bench/image-quality';
import { sha256, syntheticPhoto } from './synthetic-photo';

const SLUG = 'hoi-nghi-ban-thuong-vu-tinh-uy-lam-viec-voi-ban-thuong-vu-thi-uy-duy-tien';

let work: string;
let media: Map<string, Buffer>;
let landscape: string;
let portrait: string;
let small: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'soantin-export-'));
  const photos = await Promise.all([syntheticPhoto(1600, 1067, 1, { exif: true }), syntheticPhoto(1000, 1500, 2), syntheticPhoto(600, 400, 3)]);
  media = new Map(photos.map((b) => [sha256(b), b]));
  [landscape, portrait, small] = photos.map(sha256);
});
afterAll(() => rm(work, { recursive: true, force: true }));

const loader = (hash: string) => {
  const bytes = media.get(hash);
  return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`no media/${hash}.jpg`));
};

function draft(): ExportArticle {
  return article([
    figure({ media: landscape, width: 1600, height: 1067, caption: [{ text: 'Các đại biểu ', format: 0 }, { text: 'dự hội nghị', format: B }] }),
    p(t('Dự hội nghị có bà Lê Thị Thủy - Bí thư Tỉnh ủy.')),
    h('h2', t('Kinh tế')),
    figure({ media: portrait, width: 1000, height: 1500, alt: 'Bí thư Tỉnh ủy phát biểu', caption: [{ text: 'Bí thư Tỉnh ủy phát biểu', format: 0 }], credit: '' }),
    figure({ media: small, width: 600, height: 400, alt: 'Ảnh nhỏ', size: 'half' }),
    p(t('Xem '), a('https://hanam.gov.vn', t('cổng')), t(' đã đề ra./.')),
  ]);
}

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

function zipEntries(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function refusal(run: Promise<unknown>): Promise<ExportError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ExportError) return error;
    throw error;
  }
  throw new Error('the export was not refused');
}

describe('export to a folder', () => {
  let dir: string;
  let progress: ExportProgress[];
  let metadata: ExportMetadata;

  beforeAll(async () => {
    dir = join(work, 'folder', SLUG);
    await mkdir(join(work, 'folder'));
    progress = [];
    const result = await exportPackage({ article: draft(), media: loader, target: { kind: 'folder', path: dir }, onProgress: (p) => progress.push(p) });
    metadata = JSON.parse(await readFile(join(dir, 'metadata.json'), 'utf8'));
    expect(result.slug).toBe(SLUG);
    expect(result.missingFonts).toEqual([]);
  });

  it('holds article.html, preview.html, images/, fonts/, metadata.json and README.txt, and nothing else', async () => {
    const names = await files(dir);
    expect(names.filter((n) => !n.startsWith('images/') && !n.startsWith('fonts/'))).toEqual(['README.txt', 'article.html', 'metadata.json', 'preview.html']);
    expect(names.filter((n) => n.startsWith('images/'))).toEqual(
      [
        ...[480, 800, 1200].map((w) => `images/${SLUG}-1-${w}.jpg`),
        ...[480, 800, 1000].map((w) => `images/${SLUG}-2-${w}.jpg`),
        `images/${SLUG}-3-480.jpg`,
        `images/${SLUG}-3-600.jpg`,
        `images/${SLUG}-anh-chinh.jpg`,
        `images/${SLUG}-anh-thu-nho.jpg`,
      ].sort(),
    );
    expect(names.filter((n) => n.startsWith('fonts/')).every((n) => n.endsWith('.woff2'))).toBe(true);
    expect(await readdir(join(work, 'folder'))).toEqual([SLUG]); // no temporary folder left beside it
  });

  it('article.html is the verified fragment', async () => {
    expect(await readFile(join(dir, 'article.html'), 'utf8')).toBe(verifiedFragment(draft(), { profile: DEFAULT_PORTAL_PROFILE }) + '\n');
  });

  it('each rendition has the width its name says, is a baseline JPEG and carries no EXIF or GPS', async () => {
    for (const name of (await files(dir)).filter((n) => /-\d+-\d+\.jpg$/.test(n))) {
      const info = await sharp(await readFile(join(dir, name))).metadata();
      expect(info.width, name).toBe(Number(/-(\d+)\.jpg$/.exec(name)![1]));
      expect(info.format).toBe('jpeg');
      expect(info.isProgressive).toBe(false);
      expect(info.exif).toBeUndefined();
      expect(info.icc).toBeUndefined();
    }
    const portraitInfo = await sharp(await readFile(join(dir, `images/${SLUG}-2-800.jpg`))).metadata();
    expect(portraitInfo.height).toBe(1200);
  });

  it('every size looks like a careful resize of the master (each made from the size above it, one decode)', async () => {
    for (const [n, hash] of [[1, landscape], [2, portrait]] as const) {
      for (const name of (await files(dir)).filter((f) => f.startsWith(`images/${SLUG}-${n}-`))) {
        const got = await sharp(await readFile(join(dir, name))).raw().toBuffer({ resolveWithObject: true });
        const { width, height } = got.info;
        // The reference: lanczos3 straight from the master's full decode, no JPEG step.
        const ref = await sharp(media.get(hash)!).resize({ width, height, fit: 'fill', fastShrinkOnLoad: false }).raw().toBuffer();
        const image = (data: Buffer) => ({ data, width, height, channels: 3 });
        // These noisy test photos give 35–38 dB and SSIM 0.85–0.96 (a shifted or stretched size: under 20 dB).
        expect(psnr(image(got.data), image(ref)), name).toBeGreaterThan(34);
        expect(ssim(image(got.data), image(ref)), name).toBeGreaterThan(0.8);
      }
    }
  });

  it('the main photo at a rendition’s width is that rendition’s bytes, encoded once', async () => {
    const main = await readFile(join(dir, `images/${SLUG}-anh-chinh.jpg`));
    expect(main.equals(await readFile(join(dir, `images/${SLUG}-1-800.jpg`)))).toBe(true);
  });

  it('the main photo and its thumbnail are made from the first photo, the thumbnail cropped to size', async () => {
    const main = await sharp(await readFile(join(dir, `images/${SLUG}-anh-chinh.jpg`))).metadata();
    const thumb = await sharp(await readFile(join(dir, `images/${SLUG}-anh-thu-nho.jpg`))).metadata();
    expect([main.width, main.height]).toEqual([800, 534]);
    expect([thumb.width, thumb.height]).toEqual([400, 300]);
    expect(metadata.mainPhoto).toMatchObject({ file: `images/${SLUG}-anh-chinh.jpg`, width: 800, height: 534, caption: 'Các đại biểu dự hội nghị (Ảnh: Minh Hà)' });
    expect(metadata.thumbnail).toMatchObject({ width: 400, height: 300 });
  });

  it('the photo the officer chose as the main photo (ảnh đại diện) is the page’s main photo', async () => {
    const chosen = { ...draft(), media: [{ hash: landscape }, { hash: portrait, main: true }, { hash: small }] };
    const result = await exportPackage({ article: chosen, media: loader, target: { kind: 'folder', path: join(work, 'main-photo') } });
    expect(result.metadata.mainPhoto).toMatchObject({ alt: 'Bí thư Tỉnh ủy phát biểu', caption: 'Bí thư Tỉnh ủy phát biểu' });
    const main = await sharp(await readFile(join(work, 'main-photo', `images/${SLUG}-anh-chinh.jpg`))).metadata();
    expect(main.height! > main.width!).toBe(true);
  });

  it('metadata.json maps each value to its SharePoint field', () => {
    expect(metadata.title).toBe('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên');
    expect(metadata.date).toEqual({ iso: '2022-05-28', display: '28/5/2022' });
    expect(metadata.sharePoint.Title.value).toBe(metadata.title);
    expect(metadata.sharePoint.Comments.value).toBe(metadata.sapo);
    expect(metadata.sharePoint.PublishingPageImage.value).toBe(`<img src="images/${SLUG}-anh-chinh.jpg" alt="Các đại biểu dự hội nghị" width="800" height="534">`);
    expect(metadata.sharePoint.ArticleStartDate.value).toBe('2022-05-28');
    expect(metadata.wordCount).toBeGreaterThan(20);
  });

  it('preview.html and the fonts it names are in the package, and it runs nothing', async () => {
    const page = await readFile(join(dir, 'preview.html'), 'utf8');
    expect(scriptCapable(page, { page: true })).toEqual([]);
    for (const m of page.matchAll(/url\('([^']+)'\)/g)) expect((await stat(join(dir, m[1]))).size, m[1]).toBeGreaterThan(1000);
    for (const m of page.matchAll(/src="([^"]+)"/g)) expect((await stat(join(dir, m[1]))).isFile(), m[1]).toBe(true);
  });

  it('progress is told photo by photo, then the writing', () => {
    expect(progress.filter((p) => p.step === 'photos').map((p) => p.done)).toEqual([0, 1, 2, 3]);
    expect(progress.at(-1)).toEqual({ step: 'done', done: 1, total: 1 });
  });

  it('an existing package is not overwritten unless asked, and then replaced whole', async () => {
    const before = await readFile(join(dir, 'article.html'), 'utf8');
    const error = await refusal(exportPackage({ article: draft(), media: loader, target: { kind: 'folder', path: dir } }));
    expect(error.code).toBe('target-exists');
    expect(await readFile(join(dir, 'article.html'), 'utf8')).toBe(before);

    await writeFile(join(dir, 'stray.txt'), 'từ lần trước');
    const changed = article([figure({ media: small, width: 600, height: 400 }), p(t('Bài đã sửa./.'))]);
    await exportPackage({ article: changed, media: loader, target: { kind: 'folder', path: dir }, overwrite: true });
    expect(await readFile(join(dir, 'article.html'), 'utf8')).toContain('Bài đã sửa./.');
    expect((await files(dir)).includes('stray.txt')).toBe(false);
    expect(await readdir(join(work, 'folder'))).toEqual([SLUG]);
  });
});

describe('export to a zip', () => {
  it('holds the same entries as the folder, with the same bytes, and the same draft gives the same archive', async () => {
    const path = join(work, `${SLUG}.zip`);
    const result = await exportPackage({ article: draft(), media: loader, target: { kind: 'zip', path } });
    const entries = await zipEntries(path);
    expect([...entries.keys()]).toEqual(result.files);
    expect(entries.get('article.html')!.toString('utf8')).toBe(verifiedFragment(draft(), { profile: DEFAULT_PORTAL_PROFILE }) + '\n');
    expect((await sharp(entries.get(`images/${SLUG}-1-480.jpg`)!).metadata()).width).toBe(480);
    expect(JSON.parse(entries.get('metadata.json')!.toString('utf8')).sharePoint.Title.value).toBe(result.metadata.title);

    const again = join(work, 'again.zip');
    await exportPackage({ article: draft(), media: loader, target: { kind: 'zip', path: again } });
    expect((await readFile(again)).equals(await readFile(path))).toBe(true);
  });

  it('refuses to replace an existing file unless asked', async () => {
    const path = join(work, 'existing.zip');
    await writeFile(path, 'không phải gói');
    expect((await refusal(exportPackage({ article: draft(), media: loader, target: { kind: 'zip', path } }))).code).toBe('target-exists');
    expect(await readFile(path, 'utf8')).toBe('không phải gói');
    await exportPackage({ article: draft(), media: loader, target: { kind: 'zip', path }, overwrite: true });
    expect((await zipEntries(path)).has('article.html')).toBe(true);
  });
});

describe('what is refused writes nothing', () => {
  it('a blocking problem: the list comes back, no file or temporary folder is made', async () => {
    const dir = join(work, 'refused');
    await mkdir(dir);
    const error = await refusal(
      exportPackage({ article: article([figure({ media: landscape, alt: '' }), p(t('x'))], { title: '' }), media: loader, target: { kind: 'folder', path: join(dir, 'pkg') } }),
    );
    expect(error.code).toBe('blocking-problems');
    expect(error.details.checks?.filter((c) => c.severity === 'error').map((c) => c.code)).toEqual(['title-empty', 'photo-alt-missing']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a photo the draft does not hold (or that is not an image) blocks the export', async () => {
    const dir = join(work, 'missing');
    await mkdir(dir);
    const notImage = Buffer.from('đây không phải ảnh');
    const bogus = sha256(notImage);
    media.set(bogus, notImage);
    const body = [figure({ media: landscape, width: 1600, height: 1067 }), figure({ media: '9'.repeat(64) }), figure({ media: bogus }), p(t('x./.'))];
    const error = await refusal(exportPackage({ article: article(body), media: loader, target: { kind: 'zip', path: join(dir, 'x.zip') } }));
    expect(error.details.checks?.filter((c) => c.code === 'photo-missing').map((c) => c.params.photo)).toEqual([2, 3]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a profile that is not valid', async () => {
    const error = await refusal(
      exportPackage({ article: draft(), media: loader, profile: { imageBaseUrl: 'javascript:alert(1)/' }, target: { kind: 'zip', path: join(work, 'p.zip') } }),
    );
    expect(error.code).toBe('invalid-profile');
  });
});

describe('profiles', () => {
  it('WebP renditions in a <picture>, and absolute addresses for the portal while the preview stays offline', async () => {
    const dir = join(work, 'webp');
    const result = await exportPackage({
      article: draft(),
      media: loader,
      profile: { webp: true, imageBaseUrl: 'https://hanam.gov.vn/PublishingImages/2022/' },
      target: { kind: 'folder', path: dir },
    });
    const webp = result.files.filter((f) => f.endsWith('.webp'));
    expect(webp).toHaveLength(8);
    expect((await sharp(await readFile(join(dir, webp[0]))).metadata()).format).toBe('webp');
    const fragment = await readFile(join(dir, 'article.html'), 'utf8');
    expect(fragment).toContain(`<picture><source type="image/webp" srcset="https://hanam.gov.vn/PublishingImages/2022/${SLUG}-1-480.webp 480w`);
    const preview = await readFile(join(dir, 'preview.html'), 'utf8');
    expect(preview).not.toContain('https://hanam.gov.vn/PublishingImages');
    expect(preview).toContain(`src="images/${SLUG}-1-800.jpg"`);
    expect(result.metadata.mainPhoto?.url).toBe(`https://hanam.gov.vn/PublishingImages/2022/${SLUG}-anh-chinh.jpg`);
  });
});

describe('hostile input through the whole package', () => {
  it('no exported file holds a script-capable construct', async () => {
    const vectors = XSS_VECTORS.filter((_, i) => i % 7 === 0);
    // A link with a bad scheme blocks the export (checked elsewhere): here the links that pass it.
    const href = (v: string) => (isSafeHref(v.trim()) ? v : 'https://hanam.gov.vn/');
    const body = vectors.flatMap((v) => [p(t(v), a(href(v), t(v))), figure({ media: small, width: 600, height: 400, alt: v, caption: [{ text: v, format: 0 }], credit: v })]);
    const v = vectors.join(' ');
    const hostile = article([...body, p(t('./.'))], { title: v.slice(0, 400), sapo: v, category: v.slice(0, 200), author: v.slice(0, 200), source: v.slice(0, 300) });
    const path = join(work, 'hostile.zip');
    await exportPackage({ article: hostile, media: loader, target: { kind: 'zip', path } });
    const entries = await zipEntries(path);
    expect(scriptCapable(entries.get('article.html')!.toString('utf8'))).toEqual([]);
    expect(scriptCapable(entries.get('preview.html')!.toString('utf8'), { page: true })).toEqual([]);
    const meta: ExportMetadata = JSON.parse(entries.get('metadata.json')!.toString('utf8'));
    expect(scriptCapable(meta.sharePoint.PublishingPageContent.value)).toEqual([]);
    expect(scriptCapable(meta.sharePoint.PublishingPageImage.value)).toEqual([]);
    expect(scriptCapable(meta.sharePoint.PublishingRollupImage.value)).toEqual([]);
    expect([...entries.keys()].every((name) => /^[a-z0-9/.-]+$/i.test(name))).toBe(true);
  });
});
