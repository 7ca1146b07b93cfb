// @vitest-environment happy-dom
import { $generateNodesFromDOM } from '@lexical/html';
import { $createParagraphNode, $getRoot, $isElementNode, createEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../../renderer/src/editor/paste/clean-html';
import { BODY_NODES } from '../../../renderer/src/editor/editor-nodes';
import { articleSchema } from '../../../shared/article/article-schema';
import { DEFAULT_PORTAL_PROFILE } from '../../../shared/export/portal-profile';
import { renderPortalHtml } from '../../../shared/export/portal-html';
import { verifyFragment } from '../../../shared/export/verify-html';
import { referenceArticle } from '../../fixtures/drafts';
import { XSS_VECTORS } from '../shared/export/xss-vectors';
import { scriptCapable } from '../shared/export/script-free';

/**
 * The last door for hostile HTML: pasted from a web page or a Word file, through the paste cleaner
 * and the editor's own import into the body, saved, then published. Whatever each vector is, the
 * body passes the draft schema and the portal fragment holds nothing that can run script,
 * judged by an HTML parser (parse5), not a regular expression.
 */
function pasteIntoBody(html: string) {
  const editor = createEditor({ nodes: [...BODY_NODES], onError: (error) => { throw error; } });
  editor.update(
    () => {
      const nodes = $generateNodesFromDOM(editor, cleanPastedHtml(html, new DOMParser()));
      const root = $getRoot().clear();
      let line = $createParagraphNode();
      const flush = () => {
        if (line.getChildrenSize() > 0) root.append(line);
        line = $createParagraphNode();
      };
      for (const node of nodes as LexicalNode[]) {
        if ($isElementNode(node) && !node.isInline()) {
          flush();
          root.append(node);
        } else line.append(node);
      }
      flush();
      if (root.getChildrenSize() === 0) root.append($createParagraphNode());
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

describe('hostile HTML pasted into the body, then exported', () => {
  it(`holds no script-capable construct for any of ${XSS_VECTORS.length} vectors, pasted alone or inside Word-like markup`, () => {
    const escaped: string[] = [];
    for (const vector of XSS_VECTORS) {
      for (const html of [vector, `<p class=MsoNormal>Tin bài ${vector} kết thúc./.</p>`, `<table><tr><td>${vector}</td></tr></table>`]) {
        const body = pasteIntoBody(html);
        const article = articleSchema.safeParse({ ...referenceArticle(), body });
        expect(article.success, `${html}: ${article.success ? '' : article.error.message.slice(0, 300)}`).toBe(true);
        const fragment = renderPortalHtml(article.data!, { profile: DEFAULT_PORTAL_PROFILE });
        // Both lines of defence: the export's own allow-list check, and an independent judge.
        const problems = [...verifyFragment(fragment).map((p) => `${p.kind} at ${p.where}: ${p.detail}`), ...scriptCapable(fragment)];
        if (problems.length > 0) escaped.push(`${html} → ${problems.join(', ')}`);
        // The officer's own words before the vector are kept: the cleaner drops the danger, not the article.
        // (After it they may go: a vector such as <scr<script>ipt> turns the rest of its paragraph into script text.)
        if (html.includes('Tin bài')) expect(fragment, html).toContain('Tin bài');
      }
    }
    expect(escaped).toEqual([]);
  });
});
