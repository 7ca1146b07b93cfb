import { describe, expect, it } from 'vitest';
import { checkMentions } from '../../../../shared/directory/mention-check';
import { directorySchema } from '../../../../shared/directory/person-schema';
import { builtinTemplate } from '../../../../shared/templates/builtin-templates';
import { generateArticleParts } from '../../../../shared/templates/engine';
import { fingerprint, openingState, partState } from '../../../../shared/templates/fingerprint';
import { parseTemplate } from '../../../../shared/templates/parse-template';

const workingSession = builtinTemplate('working-session')!;

const directory = directorySchema.parse([
  { id: 'le-thi-thuy', honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], unit: 'Tỉnh ủy', rank: 1 },
  {
    id: 'nguyen-van-a',
    honorific: 'ông',
    name: 'Nguyễn Văn A',
    titles: ['Phó Chủ tịch UBND tỉnh'],
    unit: 'UBND tỉnh',
    rank: 9,
    inOfficeTo: '2021-06-30',
  },
]);

const base = { template: 'working-session', session: 'Chiều', date: '2022-05-28', host: 'Ban Thường vụ Tỉnh ủy', counterpart: 'Huyện ủy Lý Nhân' };

describe('an officer’s own template goes through the same engine', () => {
  const own = parseTemplate({
    id: 'tree-planting',
    version: 3,
    name: { vi: 'Tết trồng cây', en: 'Tree-planting festival' },
    description: { vi: 'Phát động Tết trồng cây', en: 'Launch of the tree-planting festival' },
    noun: 'lễ phát động',
    category: 'Tin địa phương',
    keywords: ['Tết trồng cây', '{place}'],
    fields: ['date', 'place', 'host', 'directive', { id: 'year', label: { vi: 'Xuân', en: 'Spring of' }, default: 'Giáp Thìn 2024' }],
    title: '{host} phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân {year}',
    sapo: '[Ngày {date|weekday}, ][tại {place}, ]{host} tổ chức {noun} Tết trồng cây Xuân {year}.',
    parts: { directiveOpening: '[Phát biểu tại {noun}, {directive|short} ]', captions: ['[{directive|name} trồng cây lưu niệm]'] },
    skeleton: [
      { kind: 'heading', text: 'Mục tiêu năm {year}' },
      { kind: 'placeholder', text: 'Số cây trồng mới, diện tích rừng… (ví dụ: 1,2 triệu cây)' },
      { kind: 'generated', part: 'directiveOpening', hint: 'đề nghị…' },
      { kind: 'paragraph', text: 'Tin: Phòng Báo chí./.' },
    ],
  });
  if (!own.ok) throw new Error(own.message.en);

  it('renders its own fields, filters, default values and keywords', () => {
    const parts = generateArticleParts(
      own.template,
      { template: 'tree-planting', date: '2024-02-17', place: 'xã Thanh Hương, huyện Thanh Liêm', host: 'Tỉnh ủy, HĐND, UBND tỉnh Hà Nam', directive: { person: 'le-thi-thuy' } },
      directory,
    );
    expect(parts.title).toBe('Tỉnh ủy, HĐND, UBND tỉnh Hà Nam phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn 2024');
    expect(parts.sapo).toBe('Ngày Thứ Bảy, 17/2/2024, tại xã Thanh Hương, huyện Thanh Liêm, Tỉnh ủy, HĐND, UBND tỉnh Hà Nam tổ chức lễ phát động Tết trồng cây Xuân Giáp Thìn 2024.');
    expect(parts.directiveOpening).toBe('Phát biểu tại lễ phát động, Bí thư Tỉnh ủy Lê Thị Thủy ');
    expect(parts.captions).toEqual(['Lê Thị Thủy trồng cây lưu niệm']);
    expect(parts.category).toBe('Tin địa phương');
    expect(parts.keywords).toEqual(['Tết trồng cây', 'xã Thanh Hương', 'huyện Thanh Liêm']);
    expect(parts.skeleton).toEqual([
      { kind: 'heading', text: 'Mục tiêu năm Giáp Thìn 2024' },
      { kind: 'placeholder', text: 'Số cây trồng mới, diện tích rừng… (ví dụ: 1,2 triệu cây)' },
      { kind: 'generated', part: 'directiveOpening', text: 'Phát biểu tại lễ phát động, Bí thư Tỉnh ủy Lê Thị Thủy ', hint: 'đề nghị…' },
      { kind: 'paragraph', text: 'Tin: Phòng Báo chí./.' },
    ]);
  });

  it('a value the officer gives for a template field wins over its default', () => {
    const parts = generateArticleParts(own.template, { template: 'tree-planting', host: 'UBND tỉnh', year: 'Ất Tỵ 2025' });
    expect(parts.title).toBe('UBND tỉnh phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Ất Tỵ 2025');
  });
});

describe('people from the directory', () => {
  it('take the directory’s current chain', () => {
    const parts = generateArticleParts(workingSession, { ...base, attendees: [{ person: 'le-thi-thuy' }], directive: { person: 'le-thi-thuy' } }, directory);
    expect(parts.attendees).toBe('Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh.');
    expect(parts.directiveOpening).toBe('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy ');
  });

  it('an id the directory does not have is left out and reported', () => {
    const parts = generateArticleParts(workingSession, { ...base, attendees: [{ person: 'khong-co' }, { group: 'lãnh đạo UBND tỉnh' }] }, directory);
    expect(parts.attendees).toBe('Dự hội nghị có lãnh đạo UBND tỉnh.');
    expect(parts.issues).toEqual([{ code: 'unknown-person', personId: 'khong-co' }]);
  });

  it('a person no longer in office on the article’s date is reported once', () => {
    const parts = generateArticleParts(workingSession, { ...base, attendees: [{ person: 'nguyen-van-a' }], directive: { person: 'nguyen-van-a' } }, directory);
    expect(parts.issues).toEqual([{ code: 'out-of-office', personId: 'nguyen-van-a' }]);
    const earlier = generateArticleParts(workingSession, { ...base, date: '2021-01-04', attendees: [{ person: 'nguyen-van-a' }] }, directory);
    expect(earlier.issues).toEqual([]);
  });
});

describe('what the engine writes agrees with the directory', () => {
  it('its attendee paragraph, directive opening and captions pass the mention check, abbreviations and all', () => {
    const people = directorySchema.parse([
      { id: 'a', honorific: 'ông', name: 'Đặng Xuân Phong', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch Hội đồng nhân dân tỉnh'], unit: '', rank: 1 },
      { id: 'b', honorific: 'bà', name: 'Giàng Thị Dung', titles: ['Phó Chủ tịch Hội đồng nhân dân tỉnh'], unit: '', rank: 2 },
      { id: 'c', honorific: 'ông', name: 'Trịnh Xuân Trường', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch Ủy ban nhân dân tỉnh'], unit: '', rank: 3 },
    ]);
    const parts = generateArticleParts(
      workingSession,
      { ...base, host: 'Ủy ban nhân dân tỉnh', counterpart: 'Ủy ban nhân dân huyện Bảo Thắng', attendees: ['a', 'b', 'c'].map((person) => ({ person })), directive: { person: 'c' } },
      people,
    );
    expect(parts.attendees).toContain('Chủ tịch Hội đồng nhân dân (HĐND) tỉnh; bà Giàng Thị Dung - Phó Chủ tịch HĐND tỉnh');
    const text = [parts.sapo, parts.attendees, parts.directiveOpening, ...parts.captions].join('\n');
    expect(checkMentions(text, people, base.date)).toEqual([]);
  });
});

describe('what the form is told', () => {
  it('names the fields the title or sapô cannot do without', () => {
    const parts = generateArticleParts(workingSession, { template: 'working-session', session: 'Sáng', date: '2024-01-02' });
    expect(parts.issues).toEqual([
      { code: 'missing-field', field: 'host' },
      { code: 'missing-field', field: 'counterpart' },
    ]);
  });
});

describe('fingerprints follow the generated text', () => {
  it('each part’s fingerprint says "generated" for the part as written and "edited" once changed', () => {
    const parts = generateArticleParts(workingSession, { ...base, attendees: [{ group: 'lãnh đạo UBND tỉnh' }], directive: { person: 'le-thi-thuy' } }, directory);
    expect(partState(parts.fingerprints.title, parts.title)).toBe('generated');
    expect(partState(parts.fingerprints.sapo, parts.sapo)).toBe('generated');
    expect(partState(parts.fingerprints.attendees, parts.attendees)).toBe('generated');
    expect(parts.fingerprints.captions.map((fp, i) => partState(fp, parts.captions[i]))).toEqual(['generated', 'generated']);
    expect(openingState(parts.fingerprints.directiveOpening, `${parts.directiveOpening}đề nghị…`)).toBe('generated');
    expect(partState(parts.fingerprints.sapo, parts.sapo.replace('Chiều', 'Sáng'))).toBe('edited');
  });

  it('changing a field changes the fingerprints of the parts it is in, and only those', () => {
    const a = generateArticleParts(workingSession, { ...base, topic: 'công tác cán bộ' });
    const b = generateArticleParts(workingSession, { ...base, topic: 'công tác dân vận' });
    expect(b.fingerprints.sapo).not.toBe(a.fingerprints.sapo);
    expect(b.fingerprints.title).toBe(a.fingerprints.title);
    expect(b.fingerprints.sapo).toBe(fingerprint(b.sapo));
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('the engine is pure', () => {
  it('the same input gives the same parts and the input is not changed', () => {
    const fields = deepFreeze({ ...base, attendees: [{ person: 'le-thi-thuy' }] });
    const before = JSON.stringify(fields);
    const a = generateArticleParts(workingSession, fields, directory);
    const b = generateArticleParts(workingSession, fields, directory);
    expect(b).toEqual(a);
    expect(JSON.stringify(fields)).toBe(before);
  });

  it('throws on fields that are not an article’s fields (parseFields gives the message)', () => {
    expect(() => generateArticleParts(workingSession, { template: 'working-session', date: '31/2/2022' })).toThrow();
  });
});

describe('the skeleton', () => {
  it('uses the abbreviations the sapô defined, keeps hints lower-case and the end mark', () => {
    const parts = generateArticleParts(workingSession, { ...base, counterpart: 'Ban Thường vụ Huyện ủy Lý Nhân' });
    expect(parts.sapo).toBe('Chiều ngày 28/5/2022, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Huyện ủy Lý Nhân.');
    expect(parts.skeleton[1]).toMatchObject({ kind: 'placeholder' });
    expect(parts.skeleton[1].text.startsWith('Theo báo cáo của BTV Huyện ủy Lý Nhân: kết quả')).toBe(true);
    const last = parts.skeleton[parts.skeleton.length - 1];
    expect(last).toMatchObject({ kind: 'generated', part: 'directiveOpening', text: '', end: './.' });
    expect(last.kind === 'generated' && last.hint?.startsWith('ghi nhận những kết quả đã đạt được; đề nghị BTV Huyện ủy Lý Nhân tập trung')).toBe(true);
  });
});
