import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../../shared/article/article-json';
import { FORMAT_VERSION } from '../../../../shared/article/format';
import { migrateArticleJson } from '../../../../shared/article/migrate';
import { referenceArticle } from '../../../fixtures/drafts';

const HASH = 'a'.repeat(64);
const photo = { hash: HASH, width: 2560, height: 1707, originalName: 'DSC_0799.jpg', main: true };
const figure = { type: 'figure', version: 1, media: HASH, width: 2560, height: 1707, alt: 'Các đại biểu', caption: [], credit: '', size: 'full' };

/** The reference article as an older Soạn Tin wrote it. */
function written(version: number, media?: unknown[]) {
  const { media: _m, formatVersion: _v, ...rest } = referenceArticle();
  const body = media?.length ? { root: { ...rest.body.root, children: [figure, ...(rest.body.root.children ?? [])] } } : rest.body;
  return { ...rest, body, formatVersion: version, ...(media ? { media } : {}) };
}

describe('the migration chain to version 3 (photo crops)', () => {
  it('is at version 3', () => {
    expect(FORMAT_VERSION).toBe(3);
  });

  it('brings a version-1 draft (no photos) to version 3 with an empty photo list', () => {
    const outcome = migrateArticleJson(written(1));
    expect(outcome.kind).toBe('current');
    if (outcome.kind !== 'current') return;
    expect(outcome.from).toBe(1);
    expect(outcome.json.formatVersion).toBe(3);
    expect(outcome.json.media).toEqual([]);
    expect(parseArticleText(JSON.stringify(written(1))).meta).toEqual(referenceArticle().meta);
  });

  it('brings a version-2 draft to version 3 adding nothing but the version: its photos and main photo as they were, no crop', () => {
    const v2 = written(2, [photo]);
    const outcome = migrateArticleJson(v2);
    expect(outcome).toEqual({ kind: 'current', from: 2, json: { ...v2, formatVersion: 3 } });
    const article = parseArticleText(JSON.stringify(v2));
    expect(article.media).toEqual([photo]);
    expect(article.media[0].crop).toBeUndefined();
  });

  it('leaves the file it was given untouched (pure)', () => {
    const v2 = written(2, [photo]);
    const before = JSON.stringify(v2);
    migrateArticleJson(v2);
    expect(JSON.stringify(v2)).toBe(before);
  });
});

describe('a photo’s crop in the draft', () => {
  const withCrop = (crop: unknown) => JSON.stringify(written(3, [{ ...photo, crop }]));

  it('keeps a crop inside the photo, in fractions', () => {
    const crop = { x: 0.1, y: 0.05, width: 0.6, height: 0.9 };
    expect(parseArticleText(withCrop(crop)).media[0].crop).toEqual(crop);
    // The whole photo is a crop too.
    expect(parseArticleText(withCrop({ x: 0, y: 0, width: 1, height: 1 })).media[0].crop).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });

  it('refuses a crop outside the photo, of no size, or with keys it does not know, as a damaged draft', () => {
    for (const crop of [
      { x: 0.5, y: 0, width: 0.6, height: 1 },
      { x: 0, y: 0.3, width: 0.5, height: 0.8 },
      { x: -0.1, y: 0, width: 0.5, height: 0.5 },
      { x: 0, y: 0, width: 0, height: 0.5 },
      { x: 0, y: 0, width: 1.2, height: 0.5 },
      { x: 0, y: 0, width: 0.5 },
      { x: 0, y: 0, width: 0.5, height: 0.5, rotate: 90 },
      { x: '0', y: 0, width: 0.5, height: 0.5 },
    ]) {
      expect(() => parseArticleText(withCrop(crop)), JSON.stringify(crop)).toThrow(expect.objectContaining({ code: 'invalid-article' }));
    }
  });
});
