import { describe, expect, it } from 'vitest';
import { convertToneStyle, detectToneStyle, toneStyleChanges, toneStyleOfWord } from '../../../../shared/text/legacy/tone-style';
import { REFERENCE_SENTENCES } from './fixtures';

/** [old, new] pairs: the tone on the medial o/u (old) or on the main vowel (new, the 2018 rule). */
const PAIRS: [string, string][] = [
  ['hòa', 'hoà'],
  ['thủy', 'thuỷ'],
  ['ủy', 'uỷ'],
  ['khỏe', 'khoẻ'],
  ['hóa', 'hoá'],
  ['Thụy', 'Thuỵ'],
  ['lõa', 'loã'],
  ['xòe', 'xoè'],
  ['quỹ tủy', 'quỹ tuỷ'],
];

/** Words whose tone has one place in both styles: qu/gi onsets, rhymes with a final or another main vowel. */
const ONE_STYLE = ['quý', 'giúp', 'qua', 'quà', 'giữa', 'thuyền', 'khuya', 'Huế', 'hoàn', 'toán', 'huỳnh', 'ngoài', 'xoáy', 'khuỷu', 'thuở', 'lụa', 'túi', 'quỳnh', 'hoa', 'Duy'];

describe('tone style of a word', () => {
  it('tells old from new on oa, oe, uy', () => {
    for (const [old, fresh] of PAIRS.filter(([o]) => !o.includes(' '))) {
      expect(toneStyleOfWord(old), old).toBe('old');
      expect(toneStyleOfWord(fresh), fresh).toBe('new');
    }
  });

  it('has no style for words whose tone placement is the same in both', () => {
    for (const word of ONE_STYLE) expect(toneStyleOfWord(word), word).toBeNull();
  });

  it('judges decomposed input like composed', () => {
    expect(toneStyleOfWord('hòa'.normalize('NFD'))).toBe('old');
  });
});

describe('converting the tone style', () => {
  it('moves the tone both ways', () => {
    for (const [old, fresh] of PAIRS) {
      expect(convertToneStyle(old, 'new')).toBe(fresh);
      expect(convertToneStyle(fresh, 'old')).toBe(old);
    }
  });

  it('never touches the words with one style', () => {
    const text = ONE_STYLE.join(' ');
    expect(convertToneStyle(text, 'new')).toBe(text);
    expect(convertToneStyle(text, 'old')).toBe(text);
  });

  it('keeps the case of each letter', () => {
    expect(convertToneStyle('ỦY BAN NHÂN DÂN', 'new')).toBe('UỶ BAN NHÂN DÂN');
    expect(convertToneStyle('Ủy ban, HÒA BÌNH, Hòa', 'new')).toBe('Uỷ ban, HOÀ BÌNH, Hoà');
    expect(convertToneStyle('UỶ BAN', 'old')).toBe('ỦY BAN');
  });

  it('leaves every other character exactly as it was (spacing, punctuation, decomposed letters elsewhere)', () => {
    const other = 'Giá\u0301m  đốc\u00a0(BTV) – 12,93%…\n\tx'.normalize('NFD');
    const text = `${other} thủy ${other}`;
    expect(convertToneStyle(text, 'new')).toBe(`${other} thuỷ ${other}`);
  });

  it('writes a changed word in NFC even when it came decomposed', () => {
    expect(convertToneStyle(`Tỉnh ${'ủy'.normalize('NFD')}.`, 'new')).toBe('Tỉnh uỷ.');
  });

  it('brings the reference article to the new style and back unchanged', () => {
    for (const sentence of REFERENCE_SENTENCES) {
      const fresh = convertToneStyle(sentence, 'new');
      expect(fresh).not.toMatch(/ủy|Ủy|Thủy/);
      expect(convertToneStyle(fresh, 'old')).toBe(sentence);
    }
  });

  it('lists the changes with offsets that apply to the text given', () => {
    const text = 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu; Ủy viên';
    const changes = toneStyleChanges(text, 'new');
    expect(changes).toEqual([
      { start: 12, end: 14, from: 'ủy', to: 'uỷ' },
      { start: 22, end: 26, from: 'Thủy', to: 'Thuỷ' },
      { start: 38, end: 40, from: 'Ủy', to: 'Uỷ' },
    ]);
    for (const c of changes) expect(text.slice(c.start, c.end)).toBe(c.from);
    expect(toneStyleChanges(convertToneStyle(text, 'new'), 'new')).toEqual([]);
  });
});

describe('tone style of a document', () => {
  it('counts each style, with examples', () => {
    const report = detectToneStyle(REFERENCE_SENTENCES.join('\n'));
    expect(report.new).toBe(0);
    expect(report.old).toBeGreaterThan(5);
    expect(report.mixed).toBe(false);
    expect(report.examples.old).toEqual(expect.arrayContaining(['ủy', 'Ủy', 'Thủy']));
  });

  it('finds a document that mixes the styles', () => {
    const report = detectToneStyle('Tỉnh ủy chỉ đạo thực hiện; Thường trực Tỉnh uỷ hoà nhập và hòa giải, sức khoẻ.');
    expect(report).toEqual({ old: 2, new: 3, mixed: true, examples: { old: ['ủy', 'hòa'], new: ['uỷ', 'hoà', 'khoẻ'] } });
  });

  it('finds no style at all where no word has one', () => {
    expect(detectToneStyle('Quý khách giúp đỡ người dân khu vực thuyền chài ở Huế.')).toMatchObject({ old: 0, new: 0, mixed: false });
  });
});
