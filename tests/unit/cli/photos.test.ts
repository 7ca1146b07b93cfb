import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSoanTin } from '../../helpers/run-cli';
import { encodeDraft } from '../../../electron/services/draft/draft-codec';
import { openDraft } from '../../../electron/services/draft/draft-files';
import { referenceArticle } from '../../fixtures/drafts';
import { cameraJpeg, textNamedJpg } from '../../fixtures/photos';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-cli-photos-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const run = (...args: string[]) => runSoanTin(args);

describe('soan-tin photos add', () => {
  it('appends one figure per photo, upright and without GPS, and info lists them', async () => {
    const draft = join(folder, 'bai.tinbai');
    await writeFile(draft, await encodeDraft(referenceArticle()));
    const photo = join(folder, 'DSC_0799.jpg');
    await writeFile(photo, await cameraJpeg({ width: 2400, height: 1600, orientation: 6, gps: true }));

    const added = await run('photos', 'add', draft, photo, '--caption', 'Các đại biểu dự hội nghị');
    expect(added.err).toBe('');
    expect(added.code).toBe(0);

    const { article, media } = await openDraft(draft);
    const figures = article.body.root.children!.filter((n) => n.type === 'figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ caption: [{ text: 'Các đại biểu dự hội nghị', format: 0 }], width: 1600, height: 2400 });
    const master = await media.read(article.media[0].hash);
    const meta = await sharp(master).metadata();
    expect([meta.width, meta.height, meta.exif, meta.orientation]).toEqual([1600, 2400, undefined, undefined]);
    expect(master.includes(Buffer.from('GPS'))).toBe(false);

    const info = JSON.parse((await run('info', draft)).out);
    expect(info.photos).toEqual([expect.objectContaining({ originalName: 'DSC_0799.jpg', used: true, caption: 'Các đại biểu dự hội nghị' })]);
  });

  it('adds nothing when one photo is bad: exit 2 names the file and the reason, the draft is byte for byte as it was', async () => {
    const draft = join(folder, 'nguyen-ven.tinbai');
    await writeFile(draft, await encodeDraft(referenceArticle()));
    const before = await readFile(draft);
    const good = join(folder, 'tot.jpg');
    const bad = join(folder, 'ghi-chu.jpg');
    await writeFile(good, await cameraJpeg({ width: 800, height: 600 }));
    await writeFile(bad, textNamedJpg());

    const result = await run('photos', 'add', draft, good, bad);
    expect(result.code).toBe(2);
    expect(result.err).toBe('soan-tin: ghi-chu.jpg: Tệp này không phải là ảnh, dù tên có đuôi ảnh. Hãy chọn ảnh JPEG, PNG, WebP, TIFF hoặc AVIF. · ghi-chu.jpg: This file is not an image, whatever its name says. Choose a JPEG, PNG, WebP, TIFF or AVIF photo.\n');
    expect((await readFile(draft)).equals(before)).toBe(true);
  });
});
