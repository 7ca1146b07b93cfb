import { describe, expect, it } from 'vitest';
import { checkMentions } from '../../../../shared/directory/mention-check';
import { directorySchema } from '../../../../shared/directory/person-schema';

const directory = directorySchema.parse([
  { id: 'le-thi-thuy', honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], unit: 'Tỉnh ủy', rank: 1 },
  { id: 'dinh-thi-lua', honorific: 'bà', name: 'Đinh Thị Lụa', titles: ['Phó Bí thư Thường trực Tỉnh ủy'], unit: 'Tỉnh ủy', rank: 2 },
  {
    id: 'truong-quoc-huy',
    honorific: 'ông',
    name: 'Trương Quốc Huy',
    titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Trưởng đoàn Đại biểu Quốc hội tỉnh'],
    unit: 'UBND tỉnh',
    rank: 3,
    inOfficeFrom: '2021-07-01',
  },
  // The same man before he was elected chair: the directory keeps his old entry.
  {
    id: 'truong-quoc-huy-2020',
    honorific: 'ông',
    name: 'Trương Quốc Huy',
    titles: ['Phó Chủ tịch UBND tỉnh'],
    unit: 'UBND tỉnh',
    rank: 12,
    inOfficeTo: '2021-06-30',
  },
  { id: 'tran-van-son', honorific: 'ông', name: 'Trần Văn Sơn', titles: ['Giám đốc Sở Văn hóa, Thể thao và Du lịch'], unit: 'Sở VHTTDL', rank: 30, inOfficeTo: '2023-12-31' },
]);

const DATE = '2022-05-28';
const check = (text: string, date = DATE) => checkMentions(text, directory, date);

describe('checkMentions: what is right is left alone', () => {
  it('the reference article’s attendee paragraph and directive have no issue', () => {
    const text =
      'Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; bà Đinh Thị Lụa - Phó Bí thư Thường trực Tỉnh ủy; ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh - Trưởng đoàn Đại biểu Quốc hội tỉnh; Ủy viên BTV Tỉnh ủy; lãnh đạo UBND tỉnh.\n' +
      'Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy đề nghị Ban Chấp hành, BTV Thị ủy Duy Tiên cần tập trung đánh giá.';
    expect(check(text)).toEqual([]);
  });

  it('any one title of the chain may stand before the name, in full or abbreviated, in either tone style', () => {
    expect(check('Chủ tịch Hội đồng nhân dân tỉnh Lê Thị Thủy chủ trì. Bí thư Tỉnh uỷ Lê Thị Thuỷ kết luận.')).toEqual([]);
    expect(check('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trương Quốc Huy phát biểu.')).toEqual([]);
  });

  it('a chain that runs on into the sentence ends with the last title', () => {
    expect(check('Ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch Ủy ban nhân dân tỉnh - Trưởng đoàn ĐBQH tỉnh chủ trì hội nghị.')).toEqual([]);
  });

  it('a name with no title, a longer name and a former post are not checked', () => {
    expect(check('Đồng chí Lê Thị Thủy cho biết.')).toEqual([]);
    expect(check('Bí thư Chi đoàn Lê Thị Thủy Tiên phát biểu.')).toEqual([]);
    expect(check('Dự có nguyên Phó Chủ tịch UBND tỉnh Đinh Thị Lụa.')).toEqual([]);
    expect(check('Trưởng ban báo cáo với Lê Thị Thủy về kết quả.')).toEqual([]);
  });
});

describe('checkMentions: what is wrong is found', () => {
  it('a full chain missing a title', () => {
    const text = 'Dự có bà Lê Thị Thủy - Bí thư Tỉnh ủy; ông B.';
    const [issue, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      start: text.indexOf('Lê Thị Thủy'),
      end: text.indexOf(';'),
      personId: 'le-thi-thuy',
      written: 'Lê Thị Thủy - Bí thư Tỉnh ủy',
      expected: 'Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh',
      reason: 'missing-part',
    });
  });

  it('an old post in a short mention, with the current one', () => {
    const text = 'Sau đó, Phó Chủ tịch UBND tỉnh Trương Quốc Huy phát biểu.';
    expect(check(text)).toEqual([
      {
        start: text.indexOf('Phó Chủ tịch'),
        end: text.indexOf(' phát biểu'),
        personId: 'truong-quoc-huy',
        written: 'Phó Chủ tịch UBND tỉnh Trương Quốc Huy',
        expected: 'Chủ tịch UBND tỉnh Trương Quốc Huy',
        reason: 'old-post',
      },
    ]);
  });

  it('the same words were right before he moved post', () => {
    expect(check('Phó Chủ tịch UBND tỉnh Trương Quốc Huy phát biểu.', '2021-03-02')).toEqual([]);
  });

  it('a post the directory has never given the person', () => {
    const [issue] = check('Giám đốc Sở Nội vụ Đinh Thị Lụa báo cáo.');
    expect(issue).toMatchObject({ written: 'Giám đốc Sở Nội vụ Đinh Thị Lụa', expected: 'Phó Bí thư Thường trực Tỉnh ủy Đinh Thị Lụa', reason: 'old-post' });
  });

  it('an old post inside a full chain', () => {
    const [issue] = check('có ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Phó Chủ tịch UBND tỉnh; bà C.');
    expect(issue).toMatchObject({ written: 'Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Phó Chủ tịch UBND tỉnh', reason: 'old-post' });
  });

  it('every title before a comma is checked too', () => {
    const text = 'Phó Bí thư Tỉnh ủy, Phó Chủ tịch UBND tỉnh Trương Quốc Huy dự.';
    const [issue] = check(text);
    expect(issue).toMatchObject({ start: 0, reason: 'old-post' });
  });

  it('a person out of office on the article’s date, with "nguyên" as the way to write it', () => {
    const text = 'Giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Văn Sơn phát biểu.';
    expect(check(text, '2023-05-01')).toEqual([]);
    expect(check(text, '2024-05-01')).toEqual([
      {
        start: 0,
        end: text.indexOf(' phát biểu'),
        personId: 'tran-van-son',
        written: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Văn Sơn',
        expected: 'nguyên Giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Văn Sơn',
        reason: 'out-of-office',
      },
    ]);
    expect(check('Dự có nguyên Giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Văn Sơn.', '2024-05-01')).toEqual([]);
  });

  it('offsets are in the NFC text, whatever form the text came in', () => {
    const text = 'Hôm qua, Phó Chủ tịch UBND tỉnh Trương Quốc Huy nói.'.normalize('NFD');
    const [issue] = check(text);
    expect(text.normalize('NFC').slice(issue.start, issue.end)).toBe(issue.written);
  });

  it('finds each mention in a longer text, in order', () => {
    const text = 'Bí thư Tỉnh ủy Đinh Thị Lụa khai mạc. Phó Chủ tịch UBND tỉnh Trương Quốc Huy báo cáo. Bà Lê Thị Thủy - Bí thư Tỉnh ủy kết luận.';
    expect(check(text).map((i) => [i.personId, i.reason])).toEqual([
      ['dinh-thi-lua', 'old-post'],
      ['truong-quoc-huy', 'old-post'],
      ['le-thi-thuy', 'missing-part'],
    ]);
  });
});
