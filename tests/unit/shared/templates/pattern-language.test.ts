import { describe, expect, it } from 'vitest';
import { parsePattern, requiredFieldsIn, type FieldKind, type PatternProblemCode } from '../../../../shared/templates/pattern-language';
import { finishPart, renderPattern, type FieldValue } from '../../../../shared/templates/pattern-render';

const kinds = new Map<string, FieldKind>([
  ['session', 'text'],
  ['date', 'date'],
  ['host', 'text'],
  ['topic', 'text'],
  ['attendees', 'people'],
  ['directive', 'person'],
  ['noun', 'text'],
]);

const thuy = { honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'] };

interface Given {
  session?: string;
  date?: string;
  host?: string;
  topic?: string;
  noun?: string;
  people?: FieldValue;
  person?: FieldValue;
}

function values(v: Given = {}): Map<string, FieldValue> {
  return new Map<string, FieldValue>([
    ['session', { kind: 'text', text: v.session ?? '' }],
    ['date', { kind: 'date', iso: v.date ?? '' }],
    ['host', { kind: 'text', text: v.host ?? '' }],
    ['topic', { kind: 'text', text: v.topic ?? '' }],
    ['noun', { kind: 'text', text: v.noun ?? 'hội nghị' }],
    ['attendees', v.people ?? { kind: 'people', items: [] }],
    ['directive', v.person ?? { kind: 'person', person: null }],
  ]);
}

function render(source: string, v = values()): string {
  const parsed = parsePattern(source, kinds);
  if (!parsed.ok) throw new Error(`${parsed.problem.code} at ${parsed.problem.at}`);
  return finishPart(renderPattern(parsed.nodes, v));
}

function problem(source: string): { code: PatternProblemCode; at: number; detail?: string } {
  const parsed = parsePattern(source, kinds);
  if (parsed.ok) throw new Error(`“${source}” parsed`);
  return parsed.problem;
}

describe('placeholder language: rendering', () => {
  it('puts field values in place, dates as news copy writes them', () => {
    expect(render('{host} họp ngày {date}', values({ host: 'Tỉnh ủy', date: '2022-05-28' }))).toBe('Tỉnh ủy họp ngày 28/5/2022');
    expect(render('{date|weekday}', values({ date: '2022-05-28' }))).toBe('Thứ Bảy, 28/5/2022');
  });

  it('drops an optional part when a field inside it is empty, keeps it when all are filled', () => {
    const p = '[{session} ]ngày {date}[ về {topic}].';
    expect(render(p, values({ session: 'Chiều', date: '2022-05-28', topic: 'kết quả' }))).toBe('Chiều ngày 28/5/2022 về kết quả.');
    expect(render(p, values({ date: '2023-11-02' }))).toBe('Ngày 2/11/2023.');
  });

  it('nests optional parts: the outer needs its own fields, the inner its own', () => {
    const p = '[[{session} ]ngày {date}, ]{host} họp.';
    expect(render(p, values({ session: 'Sáng', date: '2024-01-05', host: 'Tỉnh ủy' }))).toBe('Sáng ngày 5/1/2024, Tỉnh ủy họp.');
    expect(render(p, values({ session: 'Sáng', host: 'Tỉnh ủy' }))).toBe('Tỉnh ủy họp.');
    // An optional part made only of optional parts shows when one of them does.
    expect(render('[[{session}][ {topic}]]!', values({ topic: 'x' }))).toBe('X!');
    expect(render('[[{session}][ {topic}]]!', values())).toBe('!');
  });

  it('capitalises with {^field} or |cap, lower-cases the first letter with |uncap', () => {
    expect(render('vào {^session}', values({ session: 'chiều' }))).toBe('Vào Chiều');
    expect(render('vào {session|cap}', values({ session: 'chiều' }))).toBe('Vào Chiều');
    expect(render('Vào buổi {session|uncap} nay', values({ session: 'Chiều' }))).toBe('Vào buổi chiều nay');
    expect(render('{session|uncap}', values({ session: 'Ủy' }))).toBe('Ủy');
  });

  it('joins people with "; ", in full by default, short or by name with a filter', () => {
    const people: FieldValue = { kind: 'people', items: [thuy, { group: 'lãnh đạo UBND tỉnh' }] };
    expect(render('có {attendees}', values({ people }))).toBe('Có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy; lãnh đạo UBND tỉnh');
    expect(render('{attendees|short}', values({ people }))).toBe('Bí thư Tỉnh ủy Lê Thị Thủy; lãnh đạo UBND tỉnh');
    expect(render('đồng chí {directive|name}', values({ person: { kind: 'person', person: thuy } }))).toBe('Đồng chí Lê Thị Thủy');
  });

  it('writes escaped brackets as themselves', () => {
    expect(render('\\[{host}\\] \\{x\\} \\\\', values({ host: 'A' }))).toBe('[A] {x} \\');
  });

  it('finishes a part: NFC, single spaces, capital first letter, the trailing space kept for typing on', () => {
    expect(finishPart('  phát biểu  chỉ đạo, Bi\u0301 thư ')).toBe('Phát biểu chỉ đạo, Bí thư ');
    expect(finishPart('“trích dẫn”')).toBe('“Trích dẫn”');
  });

  it('knows which fields a pattern cannot do without', () => {
    const parsed = parsePattern('[{session} ]{host} làm việc[ về {topic}]', kinds);
    expect(parsed.ok && requiredFieldsIn(parsed.nodes)).toEqual(['host']);
  });

  it('never runs a value as code: a value holding pattern syntax is written as text', () => {
    expect(render('Tên: {host}', values({ host: '{topic} [x] ${process}' }))).toBe('Tên: {topic} [x] ${process}');
  });
});

describe('placeholder language: errors say what and where', () => {
  it.each([
    ['Ngày {date', 'unclosed-field', 5],
    ['[{session} ngày', 'unclosed-optional', 0],
    ['a [b [{session}] c', 'unclosed-optional', 2],
    ['ngày} {date}', 'stray-close-field', 4],
    ['{date}]', 'stray-close-optional', 6],
    ['{da[te}', 'bracket-in-field', 3],
    ['{da{te}', 'bracket-in-field', 3],
    ['x {} y', 'empty-field', 2],
    ['{ng-ay}', 'bad-field-name', 0],
    ['{sesion} ngày', 'unknown-field', 0],
    ['{date|bold}', 'unknown-filter', 0],
    ['{host|short}', 'filter-not-for-field', 0],
    ['{host|weekday}', 'filter-not-for-field', 0],
    ['[chỉ chữ]', 'optional-without-field', 0],
    ['cuối \\', 'dangling-escape', 5],
  ] as const)('%s → %s at %i', (source, code, at) => {
    expect(problem(source)).toMatchObject({ code, at });
  });

  it('names the unknown field and filter', () => {
    expect(problem('{sesion}').detail).toBe('sesion');
    expect(problem('{date|bold}').detail).toBe('bold');
  });
});
