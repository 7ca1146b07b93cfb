import { $createTextNode, $getRoot, createEditor, type ParagraphNode, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { articleForSave, documentReducer, initialDocumentState } from '../../../shared/document/document-state';
import { builtinTemplate } from '../../../shared/templates/builtin-templates';
import { generateArticleParts } from '../../../shared/templates/engine';
import { articleFieldsSchema } from '../../../shared/templates/fields-schema';
import { articleFromTemplate, writtenParts } from '../../../shared/templates/template-article';
import { openingLength, partStatuses, planTemplateUpdate, takeTemplateVersion } from '../../../shared/templates/template-update';
import { BODY_NODES } from '../../../renderer/src/editor/editor-nodes';
import { $readBodyParts, $refreshHints, $rewritePart } from '../../../renderer/src/editor/template/template-parts';
import referenceFields from './reference-fields.json';

const template = builtinTemplate('working-session')!;
const NOW = new Date('2022-05-28T08:00:00Z');
const fieldsOf = (patch: Record<string, unknown> = {}) => articleFieldsSchema.parse({ ...referenceFields, ...patch });
const written = (patch: Record<string, unknown> = {}) => writtenParts(generateArticleParts(template, fieldsOf(patch)));

function fresh() {
  return articleFromTemplate({ template, fields: referenceFields, id: 'draft-0001-template', now: NOW });
}

describe('the fields change: untouched parts follow, parts edited by hand are kept', () => {
  it('rewrites every untouched part whose text changes, and only those', () => {
    const { article } = fresh();
    const record = article.template!;
    const current = { title: article.meta.title, sapo: article.meta.sapo, attendees: written().attendees, directiveOpening: written().directiveOpening };
    const next = written({ date: '2022-05-30' });
    const plan = planTemplateUpdate(record, fieldsOf({ date: '2022-05-30' }), current, next);
    expect(plan.rewrite).toEqual({ sapo: next.sapo });
    expect(plan.rewrite.sapo).toMatch(/^Chiều ngày 30\/5\/2022, /);
    expect(plan.record.fields.date).toBe('2022-05-30');
    expect(plan.record.fingerprints.title).toBe(record.fingerprints.title);
    expect(plan.record.fingerprints.sapo).not.toBe(record.fingerprints.sapo);
  });

  it('keeps a sapô edited by hand, still marked edited after the change, until its template version is taken', () => {
    const { article } = fresh();
    const record = article.template!;
    const handSapo = `${article.meta.sapo} Đây là câu phóng viên thêm.`;
    const current = { title: article.meta.title, sapo: handSapo, attendees: written().attendees, directiveOpening: written().directiveOpening };
    const next = written({ date: '2022-05-30', session: 'Sáng' });
    const plan = planTemplateUpdate(record, fieldsOf({ date: '2022-05-30', session: 'Sáng' }), current, next);
    expect(plan.rewrite.sapo).toBeUndefined();
    expect(partStatuses(plan.record, current, next).sapo).toEqual({ state: 'edited', template: next.sapo });
    const taken = takeTemplateVersion(plan.record, 'sapo', next);
    expect(partStatuses(taken, { ...current, sapo: next.sapo }, next).sapo.state).toBe('generated');
  });

  it('follows the directive opening while the officer writes after it, and says when a paragraph was deleted', () => {
    const { article } = fresh();
    const record = article.template!;
    const typed = `${written().directiveOpening}đề nghị Thị ủy tập trung khắc phục hạn chế`;
    const current = { title: article.meta.title, sapo: article.meta.sapo, attendees: null, directiveOpening: typed };
    const next = written({ directive: { honorific: 'ông', name: 'Trương Quốc Huy', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] } });
    const plan = planTemplateUpdate(record, fieldsOf(), current, next);
    expect(plan.rewrite.directiveOpening).toBe('Phát biểu chỉ đạo hội nghị, Chủ tịch UBND tỉnh Trương Quốc Huy ');
    expect(partStatuses(record, current, next).attendees.state).toBe('gone');
    expect(openingLength(record, typed)).toBe(written().directiveOpening.length);
    // An opening edited in its name keeps the officer's word whole when the template's version is taken.
    expect(openingLength(record, 'Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thuỷ đề nghị')).toBe('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thuỷ '.length);
  });
});

describe('the body parts in the editor', () => {
  const editorWith = (body: unknown) => {
    const editor = createEditor({ nodes: [...BODY_NODES], onError: (e) => { throw e; } });
    editor.setEditorState(editor.parseEditorState(body as SerializedEditorState));
    return editor;
  };
  const run = (editor: ReturnType<typeof editorWith>, fn: () => void) => editor.update(fn, { discrete: true });

  it('finds the generated paragraphs by their mark and rewrites them, the end mark and what the officer wrote kept', () => {
    const { article } = fresh();
    const editor = editorWith(article.body);
    expect(editor.getEditorState().read($readBodyParts)).toEqual({ attendees: written().attendees, directiveOpening: written().directiveOpening });
    const opening = written().directiveOpening.length;
    run(editor, () => {
      $rewritePart('attendees', 'Dự hội nghị có ông Trương Quốc Huy - Chủ tịch UBND tỉnh.', 'all');
      $rewritePart('directiveOpening', 'Phát biểu chỉ đạo hội nghị, Chủ tịch UBND tỉnh Trương Quốc Huy ', opening);
    });
    const saved = editor.getEditorState().toJSON() as unknown as typeof article.body;
    const blocks = saved.root.children!;
    expect(blocks[0].children!.map((c) => c.text).join('')).toBe('Dự hội nghị có ông Trương Quốc Huy - Chủ tịch UBND tỉnh.');
    const directive = blocks.at(-1)!;
    expect(directive.children!.map((c) => c.text)).toEqual(['Phát biểu chỉ đạo hội nghị, Chủ tịch UBND tỉnh Trương Quốc Huy ', './.']);
    // The hint keeps showing: its base is the new opening.
    expect(directive.$).toMatchObject({ template: { base: 'Phát biểu chỉ đạo hội nghị, Chủ tịch UBND tỉnh Trương Quốc Huy ', end: './.' } });
  });

  it('lets the hints follow the fields only where nobody has written', () => {
    const { article } = fresh();
    const editor = editorWith(article.body);
    const parts = generateArticleParts(template, fieldsOf({ counterpart: 'Ban Thường vụ Huyện ủy Kim Bảng' }));
    const hints = { parts: {} as Record<string, string>, placeholders: [] as string[] };
    for (const b of parts.skeleton) {
      if (b.kind === 'generated' && b.hint) hints.parts[b.part] = b.hint;
      if (b.kind === 'placeholder') hints.placeholders.push(b.text);
    }
    run(editor, () => {
      expect($refreshHints(hints)).toBe(true);
    });
    const blocks = (editor.getEditorState().toJSON() as unknown as typeof article.body).root.children!;
    expect((blocks[1].$ as { template: { hint: string } }).template.hint).toMatch(/^Theo báo cáo của BTV Huyện ủy Kim Bảng: /);
    run(editor, () => {
      expect($refreshHints(hints)).toBe(false);
    });

    // A placeholder the officer has written in keeps the hint it had.
    const typedIn = editorWith(article.body);
    run(typedIn, () => {
      ($getRoot().getChildAtIndex(1) as ParagraphNode).append($createTextNode('Theo báo cáo, kết quả nổi bật là…'));
      $refreshHints(hints);
    });
    const kept = (typedIn.getEditorState().toJSON() as unknown as typeof article.body).root.children!;
    expect((kept[1].$ as { template: { hint: string } }).template.hint).toMatch(/^Theo báo cáo của BTV Thị ủy Duy Tiên: /);
  });
});

describe('the document keeps the template record', () => {
  it('counts a field change as an edit and saves the record with the article', () => {
    const { article } = fresh();
    const state = initialDocumentState(article);
    expect(state.template).toEqual(article.template);
    const changed = documentReducer(state, { type: 'templateEdited', template: { ...article.template!, fields: fieldsOf({ place: 'Hội trường Thị ủy' }) } });
    expect(changed.dirty).toBe(true);
    expect(documentReducer(changed, { type: 'templateEdited', template: changed.template! })).toBe(changed);
    const saved = articleForSave(changed, article.body, NOW);
    expect(saved.template?.fields.place).toBe('Hội trường Thị ủy');
    const { template: _t, ...plain } = article;
    expect('template' in articleForSave(initialDocumentState(plain), article.body, NOW)).toBe(false);
  });
});
