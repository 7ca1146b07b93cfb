import { describe, expect, it, vi } from 'vitest';
import { newArticle } from '../../../shared/article/new-article';
import { AppError } from '../../../shared/ipc/errors';
import { createLaunchDraft } from '../../../electron/launch-draft';

function article(title: string) {
  const a = newArticle('launch-1', new Date('2024-05-28T08:00:00Z'), 'Phóng viên');
  return { ...a, meta: { ...a.meta, title } };
}

describe('createLaunchDraft', () => {
  it('starts reading at once and hands the draft to the first start-up call', async () => {
    const read = vi.fn(async () => article('Hội nghị Ban Chấp hành Đảng bộ tỉnh'));
    const opened = vi.fn();
    const launch = createLaunchDraft(read, opened);

    expect(launch.offer('/drafts/hoi-nghi.tinbai')).toBe(true);
    expect(read).toHaveBeenCalledWith('/drafts/hoi-nghi.tinbai');

    const pending = await launch.take();
    expect(pending).toEqual({
      path: '/drafts/hoi-nghi.tinbai',
      document: { path: '/drafts/hoi-nghi.tinbai', article: article('Hội nghị Ban Chấp hành Đảng bộ tỉnh') },
    });
    expect(opened).toHaveBeenCalledWith('/drafts/hoi-nghi.tinbai', expect.objectContaining({ id: 'launch-1' }));
  });

  it('hands it over once: a reload does not reopen it', async () => {
    const launch = createLaunchDraft(async () => article('x'));
    launch.offer('/a.tinbai');
    expect(await launch.take()).not.toBeNull();
    expect(await launch.take()).toBeNull();
  });

  it('reports a draft it could not read by its error code, for the page to explain', async () => {
    const launch = createLaunchDraft(async () => {
      throw new AppError('newer-format');
    });
    launch.offer('/from-the-future.tinbai');
    expect(await launch.take()).toEqual({ path: '/from-the-future.tinbai', errorCode: 'newer-format' });

    const missing = createLaunchDraft(async () => {
      throw Object.assign(new Error('gone'), { code: 'ENOENT' });
    });
    missing.offer('/gone.tinbai');
    expect(await missing.take()).toEqual({ path: '/gone.tinbai', errorCode: 'file-not-found' });
  });

  it('refuses later drafts once the page has asked, so they go to the page as open requests', async () => {
    const launch = createLaunchDraft(async () => article('x'));
    expect(await launch.take()).toBeNull();
    expect(launch.offer('/later.tinbai')).toBe(false);
  });

  it('takes drafts again for a new window', async () => {
    const launch = createLaunchDraft(async () => article('Mới'));
    await launch.take();
    launch.rearm();
    expect(launch.offer('/mac-dock.tinbai')).toBe(true);
    expect(await launch.take()).toMatchObject({ path: '/mac-dock.tinbai' });
  });

  it('does not leave an unhandled rejection behind when nobody asks', async () => {
    const launch = createLaunchDraft(async () => {
      throw new Error('disk on fire');
    });
    launch.offer('/x.tinbai');
    await new Promise((r) => setTimeout(r, 10));
    expect(await launch.take()).toEqual({ path: '/x.tinbai', errorCode: 'internal' });
  });
});

describe('after the launch draft is read', () => {
  it('still hands it over when recording it (recent files, menu) fails, and logs that', async () => {
    const log = vi.fn();
    const launch = createLaunchDraft(
      async () => article('Hội nghị'),
      () => {
        throw new Error('settings file locked');
      },
      log,
    );
    launch.offer('/drafts/hoi-nghi.tinbai');
    expect(await launch.take()).toMatchObject({ path: '/drafts/hoi-nghi.tinbai', document: { article: { meta: { title: 'Hội nghị' } } } });
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.any(Error));
  });
});
