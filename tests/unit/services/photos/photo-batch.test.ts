import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedPhoto, PhotoInput } from '../../../../electron/services/photos/import-photo';
import { createPhotoBatch, defaultPhotoConcurrency, type PhotoBatchProgress } from '../../../../electron/services/photos/photo-batch';
import { cameraJpeg, textNamedJpg, truncated } from '../../../fixtures/photos';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'soantin-batch-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const photoNamed = (name: string): ImportedPhoto => ({
  hash: name.padEnd(64, '0'),
  master: Buffer.from(name),
  preview: Buffer.from(name),
  width: 1,
  height: 1,
  originalName: name,
  sourceBytes: 1,
});

/**
 * An importer the test finishes by hand: each call waits until the test releases it, so the
 * test sees exactly how many photos are in flight at once.
 */
function heldImporter() {
  const waiting: { name: string; release: () => void }[] = [];
  let inFlight = 0;
  let most = 0;
  const calls: string[] = [];
  const importer = (input: PhotoInput) => {
    const name = 'path' in input ? input.path : input.name;
    calls.push(name);
    inFlight++;
    most = Math.max(most, inFlight);
    return new Promise<ImportedPhoto>((resolve) => {
      waiting.push({
        name,
        release: () => {
          inFlight--;
          resolve(photoNamed(name));
        },
      });
    });
  };
  /** Lets the named photo (or the oldest waiting one) finish, then lets the batch move on. */
  const finish = async (name?: string) => {
    const at = name === undefined ? 0 : waiting.findIndex((w) => w.name === name);
    const [job] = waiting.splice(at, 1);
    job.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { importer, finish, calls, waiting, most: () => most, inFlight: () => inFlight };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const inputs = (n: number): PhotoInput[] => Array.from({ length: n }, (_, i) => ({ path: `/photos/DSC_${800 + i}.jpg` }));

describe('a batch of photos runs side by side, never more than its limit', () => {
  it('twenty photos with a limit of 3: three in flight at a time, all twenty imported', async () => {
    const held = heldImporter();
    const running = createPhotoBatch(inputs(20), { concurrency: 3, importer: held.importer });
    await settle();
    expect(held.inFlight()).toBe(3);
    while (held.waiting.length > 0) {
      expect(held.inFlight()).toBeLessThanOrEqual(3);
      await held.finish();
    }
    const result = await running;
    expect(held.most()).toBe(3);
    expect([result.ok, result.failed, result.cancelled]).toEqual([20, 0, 0]);
  });

  it('each photo is reported the moment it ends, in the order they end, with the count so far', async () => {
    const held = heldImporter();
    const events: PhotoBatchProgress[] = [];
    const running = createPhotoBatch(inputs(4), { concurrency: 2, importer: held.importer, onProgress: (p) => events.push(p) });
    await settle();
    await held.finish('/photos/DSC_801.jpg'); // the second photo is ready first
    expect(events.map((e) => [e.latest.name, e.done, e.total])).toEqual([['DSC_801.jpg', 1, 4]]);
    await held.finish('/photos/DSC_800.jpg');
    await held.finish();
    await held.finish();
    const result = await running;
    expect(events.map((e) => e.done)).toEqual([1, 2, 3, 4]);
    expect(events.map((e) => e.latest.index)).toEqual([1, 0, 2, 3]);
    // The result keeps the order the photos were chosen in.
    expect(result.items.map((item) => item.name)).toEqual(['DSC_800.jpg', 'DSC_801.jpg', 'DSC_802.jpg', 'DSC_803.jpg']);
  });

  it('the importer is told each photo’s place, so the same file chosen twice is two photos', async () => {
    const seen: [string, number][] = [];
    const same: PhotoInput = { path: '/photos/DSC_0799.jpg' };
    const result = await createPhotoBatch([same, { path: '/photos/DSC_0800.jpg' }, same], {
      concurrency: 2,
      importer: async (input, index) => {
        seen.push(['path' in input ? input.path : input.name, index]);
        return photoNamed(`${index}`);
      },
    });
    expect(seen.sort((a, b) => a[1] - b[1])).toEqual([['/photos/DSC_0799.jpg', 0], ['/photos/DSC_0800.jpg', 1], ['/photos/DSC_0799.jpg', 2]]);
    expect(result.items.map((item) => (item.status === 'ok' ? item.photo.originalName : null))).toEqual(['0', '1', '2']);
  });

  it('the default leaves one core to the window and never exceeds the thread pool sharp runs in', () => {
    expect(defaultPhotoConcurrency(2, 4)).toBe(1);
    expect(defaultPhotoConcurrency(1, 4)).toBe(1);
    expect(defaultPhotoConcurrency(8, 4)).toBe(4);
    expect(defaultPhotoConcurrency(16, 16)).toBe(15);
  });
});

describe('cancelling a batch', () => {
  it('starts nothing new; photos in flight finish and are reported; the rest are listed as cancelled', async () => {
    const held = heldImporter();
    const controller = new AbortController();
    const events: PhotoBatchProgress[] = [];
    const running = createPhotoBatch(inputs(6), { concurrency: 2, importer: held.importer, signal: controller.signal, onProgress: (p) => events.push(p) });
    await settle();
    await held.finish(); // photo 0 done, photo 2 starts
    controller.abort();
    await held.finish();
    await held.finish();
    const result = await running;
    expect(held.calls).toEqual(['/photos/DSC_800.jpg', '/photos/DSC_801.jpg', '/photos/DSC_802.jpg']);
    expect(result.items.map((item) => item.status)).toEqual(['ok', 'ok', 'ok', 'cancelled', 'cancelled', 'cancelled']);
    expect([result.ok, result.failed, result.cancelled]).toEqual([3, 0, 3]);
    expect(events.map((e) => e.done)).toEqual([1, 2, 3]);
  });

  it('cancelled before it starts: nothing is imported', async () => {
    const held = heldImporter();
    const controller = new AbortController();
    controller.abort();
    const result = await createPhotoBatch(inputs(3), { importer: held.importer, signal: controller.signal });
    expect(held.calls).toEqual([]);
    expect(result.cancelled).toBe(3);
  });
});

describe('one bad photo never stops the others', () => {
  it('real photos and broken files together: each broken one is listed with its reason, the rest are imported', async () => {
    const files: [string, Buffer][] = [
      ['DSC_0799.jpg', await cameraJpeg({ width: 1200, height: 800, seed: 11 })],
      ['DSC_0800.jpg', truncated(await cameraJpeg({ width: 1200, height: 800, seed: 12 }))],
      ['ghi-chu.jpg', textNamedJpg()],
      ['DSC05850.jpg', await cameraJpeg({ width: 800, height: 1200, seed: 13 })],
      ['trong.jpg', Buffer.alloc(0)],
    ];
    const items: PhotoInput[] = [];
    for (const [name, bytes] of files) {
      await writeFile(join(folder, name), bytes);
      items.push({ path: join(folder, name) });
    }
    const result = await createPhotoBatch(items, { concurrency: 2, onProgress: () => {
      throw new Error('a listener that throws');
    } });
    const summary = result.items.map((item) => [item.name, item.status === 'failed' ? item.error.code : item.status]);
    expect(summary).toEqual([
      ['DSC_0799.jpg', 'ok'],
      ['DSC_0800.jpg', 'photo-damaged'],
      ['ghi-chu.jpg', 'photo-not-an-image'],
      ['DSC05850.jpg', 'ok'],
      ['trong.jpg', 'photo-empty'],
    ]);
    const ok = result.items.filter((item) => item.status === 'ok');
    expect(new Set(ok.map((item) => item.photo.hash)).size).toBe(2);
  });
});
