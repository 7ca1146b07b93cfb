import { describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../../../../shared/article/article-schema';
import { emptyBody, newArticle } from '../../../../shared/article/new-article';
import { recoveryDue, recoveryWriteAt } from '../../../../shared/document/autosave';
import {
  articleForSave,
  documentReducer,
  initialDocumentState,
  needsConfirmation,
  type DocumentAction,
  type DocumentState,
} from '../../../../shared/document/document-state';

const now = new Date('2026-11-28T03:00:00.000Z');
const fresh = () => newArticle('a1b2c3d4-0000-4000-8000-000000000001', now);

function opened(): Article {
  const a = newArticle('a1b2c3d4-0000-4000-8000-000000000002', new Date('2022-05-28T08:00:00.000Z'), 'Phòng Báo chí');
  return { ...a, meta: { ...a.meta, title: 'Hội nghị Ban Thường vụ Tỉnh ủy', category: 'Tin tức - Sự kiện' } };
}

const run = (state: DocumentState, ...actions: DocumentAction[]) => actions.reduce(documentReducer, state);

describe('document state', () => {
  it('starts as a clean untitled article with no file', () => {
    const s = initialDocumentState(fresh());
    expect(s.path).toBeNull();
    expect(s.dirty).toBe(false);
    expect(s.status.kind).toBe('idle');
    expect(needsConfirmation(s)).toBe(false);
  });

  it('becomes dirty and unsaved when the title or body is edited', () => {
    const s0 = initialDocumentState(fresh());
    const s1 = run(s0, { type: 'metaEdited', patch: { title: 'Tin mới' } });
    expect(s1.meta.title).toBe('Tin mới');
    expect(s1.dirty).toBe(true);
    expect(s1.status.kind).toBe('unsaved');
    expect(needsConfirmation(s1)).toBe(true);
    const s2 = run(s0, { type: 'bodyEdited' });
    expect(s2.dirty).toBe(true);
    expect(s2.revision).toBe(s0.revision + 1);
  });

  it('ignores an edit that changes nothing', () => {
    const s0 = initialDocumentState(fresh());
    expect(run(s0, { type: 'metaEdited', patch: { title: '', keywords: [] } })).toBe(s0);
  });

  it('opening replaces everything and remounts the editor once', () => {
    const s0 = run(initialDocumentState(fresh()), { type: 'bodyEdited' });
    const s1 = run(s0, { type: 'loaded', article: opened(), path: '/tin/hoi-nghi.tinbai', origin: 'opened' });
    expect(s1.generation).toBe(s0.generation + 1);
    expect(s1.path).toBe('/tin/hoi-nghi.tinbai');
    expect(s1.meta.title).toBe('Hội nghị Ban Thường vụ Tỉnh ủy');
    expect(s1.dirty).toBe(false);
    expect(s1.status.kind).toBe('saved');
    // Editing metadata does not remount the editor.
    expect(run(s1, { type: 'metaEdited', patch: { author: 'An' } }).generation).toBe(s1.generation);
  });

  it('a restored recovery copy is dirty, keeps its original path, and says so', () => {
    const s = run(initialDocumentState(fresh()), { type: 'loaded', article: opened(), path: '/tin/a.tinbai', origin: 'recovered' });
    expect(s.dirty).toBe(true);
    expect(s.path).toBe('/tin/a.tinbai');
    expect(s.status.kind).toBe('recovered');
    expect(recoveryDue(s)).toBe(false);
  });

  it('a save that covered the latest edit leaves it clean with the new path', () => {
    const s0 = run(initialDocumentState(fresh()), { type: 'bodyEdited' }, { type: 'saveStarted', generation: 0 });
    expect(s0.status.kind).toBe('saving');
    const modified = { at: '2026-11-28T03:05:00.000Z', by: '' };
    const s1 = run(s0, { type: 'saveSucceeded', generation: 0, path: '/tin/moi.tinbai', revision: s0.revision, modified });
    expect(s1.dirty).toBe(false);
    expect(s1.path).toBe('/tin/moi.tinbai');
    expect(s1.status.kind).toBe('saved');
    expect(s1.modified).toEqual(modified);
  });

  it('typing during a save keeps the document unsaved afterwards', () => {
    const s0 = run(initialDocumentState(fresh()), { type: 'bodyEdited' }, { type: 'saveStarted', generation: 0 });
    const during = run(s0, { type: 'bodyEdited' });
    expect(during.status.kind).toBe('saving');
    const s1 = run(during, { type: 'saveSucceeded', generation: 0, path: '/tin/x.tinbai', revision: s0.revision, modified: s0.modified });
    expect(s1.dirty).toBe(true);
    expect(s1.status.kind).toBe('unsaved');
  });

  it('a save answering after another article was opened changes nothing in the new one', () => {
    const s0 = run(initialDocumentState(fresh()), { type: 'bodyEdited' }, { type: 'saveStarted', generation: 0 });
    const other = run(s0, { type: 'loaded', article: fresh(), path: null, origin: 'new' });
    const late = run(
      other,
      { type: 'saveSucceeded', generation: 0, path: '/tin/bai-cu.tinbai', revision: s0.revision, modified: s0.modified },
      { type: 'saveEnded', generation: 0 },
    );
    expect(late).toBe(other);
    expect(late.path).toBeNull();
  });

  it('a cancelled or failed save changes nothing but the status', () => {
    const s0 = run(initialDocumentState(fresh()), { type: 'metaEdited', patch: { sapo: 'Sáng nay' } });
    const s1 = run(s0, { type: 'saveStarted', generation: 0 }, { type: 'saveEnded', generation: 0 });
    expect(s1).toEqual(s0);
    const clean = run(initialDocumentState(fresh()), { type: 'saveStarted', generation: 0 }, { type: 'saveEnded', generation: 0 });
    expect(clean.status.kind).toBe('idle');
  });

  it('a recovery copy is due only for unsaved work it does not already hold', () => {
    const s0 = initialDocumentState(fresh());
    expect(recoveryDue(s0)).toBe(false);
    const s1 = run(s0, { type: 'bodyEdited' });
    expect(recoveryDue(s1)).toBe(true);
    const s2 = run(s1, { type: 'recoveryWritten', revision: s1.revision, at: '2026-11-28T03:42:00.000Z' });
    expect(recoveryDue(s2)).toBe(false);
    expect(s2.status).toEqual({ kind: 'autosaved', at: '2026-11-28T03:42:00.000Z' });
    const s3 = run(s2, { type: 'bodyEdited' });
    expect(recoveryDue(s3)).toBe(true);
    expect(s3.status.kind).toBe('unsaved');
    expect(recoveryDue(run(s3, { type: 'saveStarted', generation: 0 }))).toBe(false);
  });

  it('a recovery write landing after a save does not claim the document is unsaved', () => {
    const s0 = run(initialDocumentState(fresh()), { type: 'bodyEdited' }, { type: 'saveStarted', generation: 0 });
    const s1 = run(s0, { type: 'saveSucceeded', generation: 0, path: '/a.tinbai', revision: s0.revision, modified: s0.modified });
    const s2 = run(s1, { type: 'recoveryWritten', revision: s0.revision, at: '2026-11-28T03:42:00.000Z' });
    expect(s2.status.kind).toBe('saved');
  });

  it('metadata typed in decomposed form (Unikey tổ hợp, NFD) is saved composed', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const s = run(initialDocumentState(fresh()), {
      type: 'metaEdited',
      patch: { title: nfd('Hội nghị Tỉnh ủy'), sapo: nfd('Chiều ngày 28/5/2022'), author: nfd('Nguyễn Thị Hương'), keywords: [nfd('Duy Tiên')] },
    });
    const saved = articleForSave(s, emptyBody(), now);
    expect(saved.meta.title).toBe('Hội nghị Tỉnh ủy'.normalize('NFC'));
    expect(saved.meta.title).not.toBe(s.meta.title);
    expect(saved.meta.sapo).toBe('Chiều ngày 28/5/2022'.normalize('NFC'));
    expect(saved.meta.keywords).toEqual(['Duy Tiên'.normalize('NFC')]);
    expect(saved.modified.by).toBe('Nguyễn Thị Hương'.normalize('NFC'));
  });

  it('the article to save is valid, keeps id and created, and stamps modified', () => {
    const s = run(initialDocumentState(opened()), { type: 'metaEdited', patch: { author: 'Nguyễn Văn An', keywords: ['Duy Tiên'] } });
    const saved = articleForSave(s, emptyBody(), now);
    expect(articleSchema.safeParse(saved).success).toBe(true);
    expect(saved.id).toBe(opened().id);
    expect(saved.created).toEqual(opened().created);
    expect(saved.modified).toEqual({ at: now.toISOString(), by: 'Nguyễn Văn An' });
    expect(saved.meta.keywords).toEqual(['Duy Tiên']);
  });
});

describe('the main photo’s thumbnail frame', () => {
  const hash = 'b'.repeat(64);
  const withPhoto = () => {
    const a = opened();
    const figure = { type: 'figure', version: 1, media: hash, width: 2560, height: 1707, alt: 'Các đại biểu', caption: [], credit: '', size: 'full' };
    return initialDocumentState({ ...a, body: { root: { ...a.body.root, children: [figure] } }, media: [{ hash, width: 2560, height: 1707, originalName: 'DSC_0799.jpg' }] } as Article);
  };
  const crop = { x: 0, y: 0, width: 0.5, height: 0.75 };

  it('moving the frame marks the draft unsaved and the save writes it on the photo', () => {
    const s = run(withPhoto(), { type: 'photoCropChanged', hash, crop });
    expect(s.dirty).toBe(true);
    expect(s.status.kind).toBe('unsaved');
    const article = articleForSave(s, s.initialBody, now);
    expect(article.media[0].crop).toEqual(crop);
    expect(articleSchema.safeParse(article).success).toBe(true);
  });

  it('Đặt lại takes the frame away (back to the attention guess); the same frame again is no edit', () => {
    const framed = run(withPhoto(), { type: 'photoCropChanged', hash, crop });
    expect(run(framed, { type: 'photoCropChanged', hash, crop: { ...crop } })).toBe(framed);
    const reset = run(framed, { type: 'photoCropChanged', hash, crop: null });
    expect(reset.media[0]).not.toHaveProperty('crop');
    expect(reset.revision).toBe(framed.revision + 1);
    expect(run(withPhoto(), { type: 'photoCropChanged', hash, crop: null }).dirty).toBe(false);
  });

  it('a frame for a photo the draft does not hold changes nothing; one past the edge is brought inside', () => {
    const s0 = withPhoto();
    expect(run(s0, { type: 'photoCropChanged', hash: 'c'.repeat(64), crop })).toBe(s0);
    const pushed = run(s0, { type: 'photoCropChanged', hash, crop: { x: 0.8, y: 0, width: 0.5, height: 0.75 } });
    expect(pushed.media[0].crop).toEqual({ x: 0.5, y: 0, width: 0.5, height: 0.75 });
  });
});

describe('when the recovery copy is written', () => {
  it('two seconds after typing pauses', () => {
    expect(recoveryWriteAt(10_000, 10_000)).toBe(12_000);
    expect(recoveryWriteAt(12_500, 10_000)).toBe(14_500);
  });

  it('during typing without a pause, no later than fifteen seconds after the first uncopied edit', () => {
    expect(recoveryWriteAt(10_000 + 14_000, 10_000)).toBe(25_000);
    expect(recoveryWriteAt(10_000 + 15_000, 10_000)).toBe(25_000);
    expect(recoveryWriteAt(10_000 + 40_000, 10_000)).toBe(25_000);
  });
});
