import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../../shared/templates/parse-fields';

const base = { template: 'working-session', host: 'Ban Thường vụ Tỉnh ủy', counterpart: 'Huyện ủy Kim Bảng' };

function accepted(input: unknown) {
  const parsed = parseFields(input);
  if (!parsed.ok) throw new Error(parsed.message.en);
  return parsed.fields;
}

function refused(input: unknown) {
  const parsed = parseFields(input);
  if (parsed.ok) throw new Error('accepted');
  return parsed;
}

describe('parseFields', () => {
  it('fills in what is left out', () => {
    expect(accepted(base)).toMatchObject({ session: '', date: '', place: '', topic: '', attendees: [] });
  });

  it('takes a date typed as news copy writes it, and the session in any case', () => {
    expect(accepted({ ...base, date: '28/5/2022', session: 'chiều' })).toMatchObject({ date: '2022-05-28', session: 'Chiều' });
    expect(accepted({ ...base, date: '2023-11-02', session: ' TỐI ' })).toMatchObject({ date: '2023-11-02', session: 'Tối' });
  });

  it('refuses a date that does not exist, quoting it', () => {
    const result = refused({ ...base, date: '31/2/2022' });
    expect(result.problems).toEqual([{ code: 'bad-date', path: 'date', detail: '31/2/2022' }]);
    expect(result.message.vi).toContain('ngày “31/2/2022” không hợp lệ');
  });

  it('refuses a session other than Sáng, Chiều, Tối', () => {
    const result = refused({ ...base, session: 'Trưa' });
    expect(result.problems).toEqual([{ code: 'bad-session', path: 'session', detail: 'Trưa' }]);
    expect(result.message.en).toContain('only “Sáng”, “Chiều”, “Tối” or empty');
  });

  it('takes people inline, by directory id, and free groups; refuses anything else in the list', () => {
    const fields = accepted({
      ...base,
      attendees: [{ person: 'le-thi-thuy' }, { group: 'lãnh đạo UBND tỉnh' }, { name: 'Trương Quốc Huy', titles: ['Chủ tịch UBND tỉnh'] }],
      directive: { person: 'le-thi-thuy' },
    });
    expect(fields.attendees[2]).toEqual({ honorific: '', name: 'Trương Quốc Huy', titles: ['Chủ tịch UBND tỉnh'] });
    const result = refused({ ...base, attendees: [{ who: 'x' }] });
    expect(result.problems).toEqual([{ code: 'bad-attendee', path: 'attendees[0]' }]);
  });

  it('keeps a template’s own fields as text, and refuses them when they are not text', () => {
    expect(accepted({ ...base, kind: 'sơ kết' }).kind).toBe('sơ kết');
    expect(refused({ ...base, kind: 3 }).problems[0]).toMatchObject({ code: 'wrong-type', path: 'kind' });
  });

  it('stores NFC, single-spaced text without the trailing full stop a pattern adds itself', () => {
    const fields = accepted({ ...base, topic: '  kết quả   thực hie\u0323\u0302n nghị quyết. ', host: 'Ban Thu\u031Bo\u031B\u0300ng vụ' });
    expect(fields.topic).toBe('kết quả thực hiện nghị quyết');
    expect(fields.host).toBe('Ban Thường vụ');
  });

  it('reads the text of a file and says when it is not JSON', () => {
    expect(accepted(JSON.stringify(base)).host).toBe('Ban Thường vụ Tỉnh ủy');
    expect(refused('{"template": ').message.en).toBe('The article fields file is not valid: the file is not valid JSON.');
  });
});
