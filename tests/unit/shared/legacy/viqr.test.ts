import { describe, expect, it } from 'vitest';
import { fromViqr } from '../../../../shared/text/legacy/viqr';

describe('VIQR → Unicode', () => {
  it('applies the usual marks: a( a^ e^ o^ o+ u+ dd DD and the five tones', () => {
    expect(fromViqr('Vie^.t Nam')).toBe('Việt Nam');
    expect(fromViqr('ngu+o+`i da^n, DDa(.ng, DDo^`ng tho+`i')).toBe('người dân, Đặng, Đồng thời');
    expect(fromViqr("sa('c huye^`n ho?i nga~ na(.ng")).toBe('sắc huyền hỏi ngã nặng');
    expect(fromViqr('Ho^.i nghi. ban Thu+o+`ng vu. ti?nh u?y')).toBe('Hội nghị ban Thường vụ tỉnh ủy');
    expect(fromViqr('VIE^.T NAM')).toBe('VIỆT NAM');
  });

  it('takes a backslash as "this mark is literal"', () => {
    expect(fromViqr('a\\. b\\? c\\^')).toBe('a. b? c^');
  });

  it('keeps the period of "Cam on." — a mark after a consonant is punctuation', () => {
    expect(fromViqr('Cam on.')).toBe('Cam on.');
    expect(fromViqr('Ca?m o+n.')).toBe('Cảm ơn.');
    expect(fromViqr('Ba.n kho^ng?')).toBe('Bạn không?');
  });

  it('reads a final . or ? after a vowel as the sentence’s own punctuation unless the sentence goes on', () => {
    expect(fromViqr('To^i ddi. Anh ve^`.')).toBe('Tôi đi. Anh về.');
    expect(fromViqr('Anh ddi?')).toBe('Anh đi?');
    expect(fromViqr('Da. va^ng')).toBe('Dạ vâng');
    expect(fromViqr('Va^ng a..')).toBe('Vâng ạ.');
    expect(fromViqr('Va^ng a...')).toBe('Vâng a...');
    // Unsure (a name could follow a nặng word, a sentence could end): no tone is added.
    expect(fromViqr('Ho^.i nghi. Ban')).toBe('Hội nghi. Ban');
  });

  it('reads strict RFC 1456 text, where punctuation after a vowel is escaped, with every mark as a mark', () => {
    expect(fromViqr('Ho^.i nghi. Ban Thu+o+`ng vu. Ti?nh u?y ho.p. To^i ddi\\.', { strict: true })).toBe(
      'Hội nghị Ban Thường vụ Tỉnh ủy họp. Tôi đi.',
    );
  });

  it('changes a word only when the result is Vietnamese', () => {
    expect(fromViqr('Addis Ababa, e.g. i.e. the end. Don\'t.')).toBe("Addis Ababa, e.g. i.e. the end. Don't.");
    expect(fromViqr('x^2 + y^2, f(x) = a(b+c)')).toBe('x^2 + y^2, f(x) = a(b+c)');
  });

  it('leaves Unicode and plain text untouched', () => {
    expect(fromViqr('Hội nghị 28/5/2022 (BTV).')).toBe('Hội nghị 28/5/2022 (BTV).');
  });
});
