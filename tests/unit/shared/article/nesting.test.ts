import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_NESTING, articleSchema, nestsDeeperThan } from '../../../../shared/article/article-schema';
import { deepArticleJson, referenceArticle } from '../../../fixtures/drafts';

describe('nestsDeeperThan', () => {
  it('measures objects and arrays alike', () => {
    expect(nestsDeeperThan(1, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: [] }] }, 3)).toBe(true);
  });

  it('measures 20,000 levels without overflowing the stack', () => {
    expect(nestsDeeperThan(JSON.parse('['.repeat(20_000) + ']'.repeat(20_000)), MAX_ARTICLE_NESTING)).toBe(true);
  });

  it('lets the reference article through', () => {
    expect(nestsDeeperThan(referenceArticle(), MAX_ARTICLE_NESTING)).toBe(false);
  });
});

describe('articleSchema on a hostile depth', () => {
  it('refuses a 20,000-deep body as a validation issue, not a RangeError', () => {
    const result = articleSchema.safeParse(JSON.parse(deepArticleJson(20_000)));
    expect(result.success).toBe(false);
  });

  it('refuses a body just past the node limit and accepts one at it', () => {
    expect(articleSchema.safeParse(JSON.parse(deepArticleJson(64))).success).toBe(true);
    expect(articleSchema.safeParse(JSON.parse(deepArticleJson(65))).success).toBe(false);
  });
});
