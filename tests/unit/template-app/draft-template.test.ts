import { createEditor, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../shared/article/article-json';
import { articleSchema } from '../../../shared/article/article-schema';
import { FORMAT_VERSION } from '../../../shared/article/format';
import { BODY_NODES } from '../../../renderer/src/editor/editor-nodes';
import { editorTheme } from '../../../renderer/src/editor/editor-theme';
import { refusalCode } from '../../helpers/refusal-code';
import { builtinTemplate, builtinTemplates } from '../../../shared/templates/builtin-templates';
import { articleFromTemplate } from '../../../shared/templates/template-article';
import referenceFields from './reference-fields.json';

const NOW = new Date('2022-05-28T15:00:00+07:00');
const make = (id = 'working-session', fields: Record<string, unknown> = referenceFields) =>
  articleFromTemplate({ template: builtinTemplate(id)!, fields: { ...fields, template: id }, id: 'draft-0001-template', now: NOW }).article;

/** Lexical's own reading and writing of a body: what survives the editor. */
function throughLexical(body: unknown): unknown {
  const editor = createEditor({ nodes: [...BODY_NODES], theme: editorTheme, onError: (error) => { throw error; } });
  const state = editor.parseEditorState(body as SerializedEditorState);
  return state.toJSON();
}

describe('a draft made from a template (key "template")', () => {
  it('is a valid article of the current version for every built-in template', () => {
    for (const t of builtinTemplates()) {
      const article = make(t.id, { template: t.id });
      expect(article.formatVersion).toBe(FORMAT_VERSION);
      expect(articleSchema.safeParse(article).success, t.id).toBe(true);
    }
  });

  it('keeps the template id, version, fields and a fingerprint of each part it wrote', () => {
    const article = make();
    expect(article.template).toMatchObject({ id: 'working-session', version: 1 });
    expect(article.template!.fields.host).toBe('Ban Thường vụ Tỉnh ủy');
    expect(article.template!.fingerprints.title).toMatch(/^[0-9a-f]{8}:73$/);
    expect(article.template!.fingerprints.captions).toHaveLength(2);
  });

  it('reads back what it writes, and a draft without a template still opens', () => {
    const article = make();
    expect(parseArticleText(JSON.stringify(article))).toEqual(article);
    const { template: _t, ...plain } = article;
    expect(parseArticleText(JSON.stringify(plain)).template).toBeUndefined();
  });

  it('refuses a template part with a key this version does not know as a newer draft, and a broken one as damaged', async () => {
    const article = make();
    const newer = { ...article, template: { ...article.template, origin: 'office' } };
    expect(await refusalCode(Promise.resolve().then(() => parseArticleText(JSON.stringify(newer))))).toBe('newer-format');
    const broken = { ...article, template: { ...article.template, fingerprints: { ...article.template!.fingerprints, sapo: 'abc' } } };
    expect(await refusalCode(Promise.resolve().then(() => parseArticleText(JSON.stringify(broken))))).toBe('invalid-article');
    const badFields = { ...article, template: { ...article.template, fields: { ...article.template!.fields, session: 'Trưa' } } };
    expect(await refusalCode(Promise.resolve().then(() => parseArticleText(JSON.stringify(badFields))))).toBe('invalid-article');
  });

  it('marks the generated paragraphs and the greyed hints in a way Lexical keeps through a load and a save', () => {
    const { body } = make();
    expect(throughLexical(body)).toEqual(body);
    const blocks = body.root.children!;
    expect(blocks[0].$).toEqual({ template: { part: 'attendees' } });
    const directive = blocks.at(-1)!;
    expect(directive.$).toMatchObject({ template: { part: 'directiveOpening', base: 'Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy ', end: './.' } });
    expect(directive.children!.map((c) => c.text)).toEqual(['Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy ', './.']);
    expect(directive.children![1].$).toEqual({ templateEnd: true });
    const placeholders = blocks.filter((b) => (b.$ as { template?: { hint?: string; part?: string } } | undefined)?.template?.hint && !(b.$ as { template: { part?: string } }).template.part);
    expect(placeholders.length).toBeGreaterThanOrEqual(3);
    expect(placeholders.every((p) => (p.children ?? []).length === 0)).toBe(true);
  });

  it('refuses a paragraph mark the template does not make (an unknown part, a hint that is not text)', () => {
    const article = make();
    const withMark = (mark: unknown) => ({ ...article, body: { root: { ...article.body.root, children: [{ ...article.body.root.children![0], $: { template: mark } }] } } });
    expect(articleSchema.safeParse(withMark({ part: 'title' })).success).toBe(false);
    expect(articleSchema.safeParse(withMark({ hint: 3 })).success).toBe(false);
    expect(articleSchema.safeParse(withMark({ part: 'attendees', script: 'x' })).success).toBe(false);
    expect(articleSchema.safeParse(withMark({ part: 'directiveOpening', hint: 'ghi nhận…', base: 'Phát biểu ' })).success).toBe(true);
  });
});
