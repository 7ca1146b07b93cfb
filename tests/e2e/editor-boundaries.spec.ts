import { writeFile } from 'node:fs/promises';
import { encodeDraft } from '../../electron/services/draft/draft-codec';
import { paragraph, link, root, text } from '../fixtures/lexical-json';
import { referenceArticle } from '../fixtures/drafts';
import { expect, mod, test } from './harness/fixtures';

test.describe('the editor and the window around it', () => {
  test('a text change Lexical merges into the previous undo step still marks the draft changed', async ({ app }) => {
    const file = app.bridge.path('sach.tinbai');
    await writeFile(file, await encodeDraft(referenceArticle()));
    await app.launch({ launchFile: file });
    await expect(app.body()).toContainText('Dự hội nghị có');
    // Opening is not an edit.
    await expect.poll(() => app.bridge.calls.some((c) => c.method === 'getStartup')).toBe(true);
    expect(app.bridge.dirty).toBe(false);

    // As Unikey's replacement and the NFC pass do: one update, tagged history-merge, that changes text.
    await app.page.evaluate(() => {
      type Editor = {
        getEditorState(): { toJSON(): { root: { children: { children: { text?: string }[] }[] } } };
        parseEditorState(json: string): unknown;
        setEditorState(state: unknown, options: { tag: string }): void;
      };
      const editor = (document.querySelector('[data-lexical-editor="true"]') as unknown as { __lexicalEditor: Editor }).__lexicalEditor;
      const json = editor.getEditorState().toJSON();
      json.root.children[0].children[0].text = 'Dự hội nghị (đã sửa) có ';
      editor.setEditorState(editor.parseEditorState(JSON.stringify(json)), { tag: 'history-merge' });
    });
    await expect(app.body()).toContainText('(đã sửa)');
    await expect.poll(() => app.bridge.dirty).toBe(true);
    await expect(app.page).toHaveTitle(/●/);
  });

  test('Ctrl/⌘+click on a mailto link hands it to the mail program; a plain click only places the caret', async ({ app }) => {
    const file = app.bridge.path('lien-he.tinbai');
    const article = { ...referenceArticle(), body: root(paragraph(text('Liên hệ '), link('mailto:toasoan@hanam.gov.vn', text('tòa soạn')), text('.'))) };
    await writeFile(file, await encodeDraft(article));
    await app.launch({ launchFile: file });
    const anchor = app.body().locator('a');
    await anchor.click();
    await anchor.click({ modifiers: [mod] });
    await expect.poll(() => app.bridge.openedExternally).toEqual(['mailto:toasoan@hanam.gov.vn']);
  });
});
