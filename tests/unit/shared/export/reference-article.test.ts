import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { checkForExport, hasBlocking } from '../../../../shared/export/export-checks';
import type { ExportArticle, ExportNode } from '../../../../shared/export/export-node';
import { verifiedFragment } from '../../../../shared/export/portal-fragment';
import { DEFAULT_PORTAL_PROFILE } from '../../../../shared/export/portal-profile';
import { article, figure, HASH_1, HASH_2, p, t } from './export-fixtures';

/**
 * The reference article (the portal page saved as text, beside the design notes) made into a
 * draft the way an officer makes it: title, category and sapô in the fields, the body's
 * paragraphs, and its two photos where the page has them, captioned as the page captions them.
 */
const REFERENCE = readFileSync(resolve(import.meta.dirname, '../../../fixtures/reference/leadership-meeting-article.txt'), 'utf8');

interface Reference {
  title: string;
  category: string;
  sapo: string;
  blocks: ({ kind: 'p'; text: string } | { kind: 'photo'; file: string; caption: string })[];
}

function readReference(text: string): Reference {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const titleAt = lines.findIndex((l, i) => i > 0 && l !== '' && lines.indexOf(l) !== i); // the title is shown twice
  const title = lines[titleAt];
  const firstTitle = lines.indexOf(title);
  const category = lines.slice(firstTitle + 1, titleAt).find((l) => l !== '')!;
  const rest = lines.slice(titleAt + 1).filter((l) => l !== '');
  const [sapo, ...body] = rest;
  const blocks: Reference['blocks'] = [];
  for (let i = 0; i < body.length; i++) {
    if (/\.jpe?g$/i.test(body[i])) blocks.push({ kind: 'photo', file: body[i], caption: body[++i] });
    else blocks.push({ kind: 'p', text: body[i] });
  }
  return { title, category, sapo, blocks };
}

function draftOf(ref: Reference): ExportArticle {
  let n = 0;
  const body: ExportNode[] = ref.blocks.map((b) =>
    b.kind === 'p' ? p(t(b.text)) : figure({ media: ++n === 1 ? HASH_1 : HASH_2, alt: b.caption, caption: [{ text: b.caption, format: 0 }], credit: '' }),
  );
  return article(body, { title: ref.title, category: ref.category, sapo: ref.sapo });
}

type Element = DefaultTreeAdapterTypes.Element;
const textOf = (node: DefaultTreeAdapterTypes.ChildNode): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';

describe('the reference article exports the structure of the portal page', () => {
  const ref = readReference(REFERENCE);
  const draft = draftOf(ref);
  const html = verifiedFragment(draft, { profile: DEFAULT_PORTAL_PROFILE });
  const blocks = parseFragment(html).childNodes.filter((n): n is Element => 'tagName' in n);

  it('the page text reads as the reference: a title, a category, a sapô, two photos among the paragraphs', () => {
    expect(ref.title).toBe('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên');
    expect(ref.category).toContain('Tin hoạt động của Lãnh đạo Tỉnh');
    expect(ref.blocks.filter((b) => b.kind === 'photo')).toHaveLength(2);
  });

  it('has no blocking problem and the checks find the end mark', () => {
    const checks = checkForExport(draft, { hasMedia: () => true });
    expect(hasBlocking(checks)).toBe(false);
    expect(checks.map((c) => c.code)).not.toContain('end-mark-missing');
  });

  it('block for block: the bold sapô, then the paragraphs and the two figures in the page order', () => {
    const expected = ['p', ...ref.blocks.map((b) => (b.kind === 'p' ? 'p' : 'figure'))];
    expect(blocks.map((b) => b.tagName)).toEqual(expected);
    expect(blocks[0].childNodes.map((c) => c.nodeName)).toEqual(['strong']);
    expect(textOf(blocks[0])).toBe(ref.sapo);
  });

  it('each paragraph holds the reference text, each figure its photo and the page caption', () => {
    ref.blocks.forEach((b, i) => {
      const el = blocks[i + 1];
      if (b.kind === 'p') expect(textOf(el)).toBe(b.text);
      else {
        const [img, caption] = el.childNodes as Element[];
        expect(img.tagName).toBe('img');
        expect(img.attrs.find((a) => a.name === 'alt')?.value).toBe(b.caption);
        expect(caption.tagName).toBe('figcaption');
        expect(textOf(caption)).toBe(b.caption);
      }
    });
    expect(textOf(blocks[1].childNodes[1])).toBe('Các đại biểu dự hội nghị');
  });

  it('the article ends with "./."', () => {
    expect(textOf(blocks[blocks.length - 1]).endsWith('./.')).toBe(true);
  });
});
