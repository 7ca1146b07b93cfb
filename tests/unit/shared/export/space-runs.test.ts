import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderPortalHtml } from '../../../../shared/export/portal-html';
import { parsePortalProfile } from '../../../../shared/export/portal-profile';
import type { ExportNode } from '../../../../shared/export/export-node';
import { seededRandom } from '../../../fixtures/seeded-random';
import { article, B, br, p, t } from './export-fixtures';

const profile = (() => {
  const r = parsePortalProfile({ sapoInBody: false });
  if (!r.ok) throw new Error('profile');
  return r.profile;
})();

/**
 * What a browser shows of a paragraph laid out on one long line per <br> (CSS white-space:
 * normal): ASCII whitespace collapses to one space, and spaces at the start and end of a line go.
 * A non-breaking space is shown as a space and never collapses.
 */
function shown(fragment: string): string[] {
  const tree = parseFragment(fragment);
  let text = '';
  const walk = (nodes: DefaultTreeAdapterTypes.ChildNode[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
      else if (node.nodeName === 'br') text += '\n';
      else if ('childNodes' in node) walk(node.childNodes);
    }
  };
  walk(tree.childNodes);
  return text.split('\n').map((line) => line.replace(/[ \t\r\f]+/g, ' ').replace(/^ | $/g, '').replace(/\u00a0/g, ' '));
}

/**
 * What the officer saw in the editor (pre-wrap): every space, a tab as a space; trailing spaces
 * hang, unseen (a non-breaking space is a character like any other, it shows).
 */
function typed(lines: string[]): string[] {
  return lines.map((line) => line.replace(/[ \t]+$/, '').replace(/[\t\u00a0]/g, ' '));
}

const blank = (line: string) => /^[ \t]*$/.test(line);

describe('runs of spaces survive HTML whitespace collapsing', () => {
  it('every space the officer typed shows in the browser, for random lines, formats and breaks', () => {
    const random = seededRandom(20220528);
    const alphabet = ['a', 'ệ', 'Đ', ' ', ' ', ' ', '\t', '\u00a0', '.'];
    for (let round = 0; round < 400; round++) {
      const lines: string[] = [];
      const nodes: ExportNode[] = [];
      const lineCount = 1 + Math.floor(random() * 3);
      for (let l = 0; l < lineCount; l++) {
        if (l > 0) nodes.push(br());
        let line = '';
        const runs = 1 + Math.floor(random() * 4);
        for (let r = 0; r < runs; r++) {
          let run = '';
          const length = 1 + Math.floor(random() * 8);
          for (let i = 0; i < length; i++) run += alphabet[Math.floor(random() * alphabet.length)];
          nodes.push(t(run, random() < 0.4 ? B : 0));
          line += run;
        }
        lines.push(line);
      }
      const fragment = renderPortalHtml(article([p(...nodes)]), { profile, slug: 'x' });
      const expected = typed(lines);
      // Empty lines at the edges of a paragraph are left out of the fragment (and show as nothing).
      const raw = [...lines];
      while (raw.length && blank(raw[0])) {
        raw.shift();
        expected.shift();
      }
      while (raw.length && blank(raw[raw.length - 1])) {
        raw.pop();
        expected.pop();
      }
      if (expected.length === 0) {
        expect(fragment, JSON.stringify(lines)).toBe('');
        continue;
      }
      expect(shown(fragment), JSON.stringify(lines)).toEqual(expected);
    }
  });

  it('no pre-wrap span or style is needed for it', () => {
    const fragment = renderPortalHtml(article([p(t('a     b'))]), { profile, slug: 'x' });
    expect(fragment).not.toMatch(/span|style|pre-wrap/);
    expect(fragment.match(/&nbsp;/g)?.length).toBe(2);
  });
});
