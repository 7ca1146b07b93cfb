import { describe, expect, it } from 'vitest';
import workingSession from '../../../../shared/templates/builtin/working-session.json';
import { describeProblem } from '../../../../shared/templates/messages';
import { parseTemplate } from '../../../../shared/templates/parse-template';

/** A copy of a real template, changed the way a person editing the file might change it. */
function edited(change: (t: Record<string, unknown>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(workingSession)) as Record<string, unknown>;
  change(copy);
  return copy;
}

function refused(input: unknown) {
  const parsed = parseTemplate(input);
  if (parsed.ok) throw new Error('the template was accepted');
  return parsed;
}

describe('parseTemplate', () => {
  it('accepts a template file as text or as parsed JSON, with a BOM from a Windows editor', () => {
    expect(parseTemplate(workingSession).ok).toBe(true);
    expect(parseTemplate(`\uFEFF${JSON.stringify(workingSession)}`).ok).toBe(true);
  });

  it('refuses an unknown field in a pattern, saying which field and where, in Vietnamese and English', () => {
    const result = refused(edited((t) => (t.sapo = '[{sesion} ]ngày {date}, {host} làm việc với {counterpart}.')));
    expect(result.problems).toEqual([{ code: 'unknown-field', path: 'sapo', at: 1, detail: 'sesion' }]);
    expect(result.message.vi).toBe('Tệp mẫu không hợp lệ — “sapo”, ký tự 2: trường {sesion} không có trong danh sách trường của mẫu.');
    expect(result.message.en).toBe('The template file is not valid — “sapo”, character 2: the field {sesion} is not one of the template\'s fields.');
  });

  it('refuses a field the template does not declare even if another template has it', () => {
    const result = refused(edited((t) => (t.fields = (t.fields as unknown[]).filter((f) => f !== 'directive'))));
    expect(result.problems.map((p) => [p.code, p.path, p.detail])).toContainEqual(['unknown-field', 'parts.directiveOpening', 'directive']);
  });

  it('refuses an unbalanced bracket in the skeleton', () => {
    const result = refused(
      edited((t) => {
        (t.skeleton as Record<string, unknown>[])[1].text = '[Theo báo cáo của {counterpart}: kết quả…';
      }),
    );
    expect(result.problems).toEqual([{ code: 'unclosed-optional', path: 'skeleton[1].text', at: 0 }]);
    expect(result.message.vi).toContain('dấu “[” chưa được đóng bằng “]”');
  });

  it('refuses a skeleton that does not end with the end mark', () => {
    const result = refused(edited((t) => (t.skeleton = [{ kind: 'placeholder', text: 'Nội dung…' }])));
    expect(result.problems).toEqual([{ code: 'missing-end-mark', path: 'skeleton[0]' }]);
    expect(result.message.en).toContain('./.');
  });

  it('accepts a last paragraph of kept text that ends with the end mark', () => {
    expect(parseTemplate(edited((t) => (t.skeleton = [{ kind: 'paragraph', text: 'Tin: {host}./.' }]))).ok).toBe(true);
  });

  it('names a missing key, a key it does not know and a wrong type', () => {
    const result = refused(
      edited((t) => {
        delete t.title;
        t.colour = 'red';
        t.version = '1';
      }),
    );
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { code: 'missing-key', path: 'title', detail: 'title' },
        { code: 'unknown-key', path: '', detail: 'colour' },
        { code: 'wrong-type', path: 'version', detail: 'version' },
      ]),
    );
    expect(result.message.vi.split('\n')).toHaveLength(result.problems.length);
  });

  it('refuses a field declared twice, a reserved name, and a template field without a label', () => {
    const result = refused(edited((t) => (t.fields = [...(t.fields as unknown[]), 'date', { id: 'noun' }, { id: 'kind' }])));
    expect(result.problems.map((p) => p.code).sort()).toEqual(['duplicate-field', 'field-without-label', 'field-without-label', 'reserved-field']);
  });

  it('says a file is not JSON', () => {
    const result = refused('{ "id": "x", ');
    expect(result.problems).toEqual([{ code: 'not-json', path: '' }]);
    expect(result.message.vi).toBe('Tệp mẫu không hợp lệ: tệp không phải JSON hợp lệ.');
  });

  it('stores text NFC whatever the file held', () => {
    const parsed = parseTemplate(JSON.parse(JSON.stringify(workingSession).normalize('NFD')));
    expect(parsed.ok && parsed.template.name.vi).toBe('Buổi làm việc');
    expect(parsed.ok && parsed.template.title).toBe(workingSession.title.normalize('NFC'));
  });

  it('describes a problem in either language', () => {
    const p = { code: 'unknown-filter', path: 'title', at: 4, detail: 'bold' } as const;
    expect(describeProblem(p, 'template', 'vi')).toContain('bộ lọc “bold” không có');
    expect(describeProblem(p, 'template', 'en')).toContain('there is no filter “bold”');
  });

  it('accepts the field values an own template keeps, and refuses a date, an undeclared field or a wrong value among them', () => {
    const kept = parseTemplate(edited((t) => (t.defaults = { host: 'Thường trực Tỉnh ủy', attendees: [{ group: 'lãnh đạo UBND tỉnh' }], directive: { person: 'le-thi-thuy' }, noun: 'buổi làm việc' })));
    expect(kept.ok && kept.template.defaults).toEqual({ host: 'Thường trực Tỉnh ủy', attendees: [{ group: 'lãnh đạo UBND tỉnh' }], directive: { person: 'le-thi-thuy' }, noun: 'buổi làm việc' });
    const result = refused(edited((t) => (t.defaults = { date: '2022-05-28', kind: 'tổng kết', attendees: 'mọi người' })));
    expect(result.problems).toEqual([
      { code: 'bad-default', path: 'defaults.date', detail: 'date' },
      { code: 'bad-default', path: 'defaults.kind', detail: 'kind' },
      { code: 'bad-default', path: 'defaults.attendees', detail: 'attendees' },
    ]);
    expect(result.message.vi.split('\n')[0]).toBe('Tệp mẫu không hợp lệ — “defaults.date”: giá trị sẵn của “date” không dùng được (không phải trường của mẫu, là ngày, hoặc sai kiểu).');
  });
});
