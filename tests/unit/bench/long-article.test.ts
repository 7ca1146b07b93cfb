import { createEditor } from 'lexical';
import { HeadingNode } from '@lexical/rich-text';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/article/article-schema';
import { countText } from '../../../shared/text/word-count';
import { decodeDraft, encodeDraft } from '../../../electron/services/draft/draft-codec';
import { longArticle } from '../../fixtures/long-article';

describe('the long article used by the benchmark', () => {
  const long = longArticle();

  it('is about 20,000 words of paragraphs of 60–150 words, with a few headings', () => {
    const all = long.paragraphs.map((p) => p.text).join('\n');
    const words = countText(all).words;
    expect(words).toBeGreaterThanOrEqual(20_000);
    expect(words).toBeLessThan(20_200);
    const body = long.paragraphs.filter((p) => p.kind === 'p');
    const lengths = body.slice(0, -1).map((p) => countText(p.text).words);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(175);
    const headings = long.paragraphs.filter((p) => p.kind === 'h2').length;
    expect(headings).toBeGreaterThanOrEqual(3);
    expect(headings).toBeLessThan(20);
  });

  it('reads like a Vietnamese report: tone marks and figures in Vietnamese notation', () => {
    const all = long.paragraphs.map((p) => p.text).join(' ');
    for (const letter of ['ủ', 'ặ', 'ễ', 'ợ', 'ự', 'đ', 'Đ', 'ồ', 'ạ']) expect(all).toContain(letter);
    expect(all).toMatch(/\d{2},\d{2} triệu đồng/);
    expect(all).toMatch(/\d{1,2}\.\d{3}(,\d{2})? tỷ đồng/);
    expect(all).toMatch(/\d{1,2},\d{2}%/);
    expect(all.endsWith('./.')).toBe(true);
  });

  it('is the same article for the same seed and another for another seed', () => {
    expect(JSON.stringify(longArticle().article)).toBe(JSON.stringify(long.article));
    expect(JSON.stringify(longArticle({ seed: 7 }).article)).not.toBe(JSON.stringify(long.article));
  });

  it('is a valid article whose body Lexical reads and writes back unchanged', async () => {
    expect(articleSchema.safeParse(long.article).success).toBe(true);
    const editor = createEditor({ nodes: [HeadingNode], onError: (e) => { throw e; } });
    const state = editor.parseEditorState(JSON.stringify(long.article.body));
    expect(state.toJSON()).toEqual(long.article.body);
    expect(await decodeDraft(await encodeDraft(long.article))).toEqual(long.article);
  });
});
