import { describe, expect, it } from 'vitest';
import { converterFor, firstLines } from '../../../../shared/text/convert/source-encoding';
import { toTcvn3, toVni } from '../../../../shared/text/legacy/encode';

const TEXT = 'Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên';

describe('converterFor: one reading of "convert from X" for the dialog, the importer and the CLI', () => {
  it('auto detects TCVN3, VNI and capitals from the text and says what it found', () => {
    const tcvn3 = converterFor('auto', toTcvn3(TEXT));
    expect(tcvn3.detected?.encoding).toBe('tcvn3');
    expect(tcvn3.convert(toTcvn3(TEXT))).toBe(TEXT);
    expect(converterFor('auto', toVni(TEXT)).convert(toVni(TEXT))).toBe(TEXT);
    const upper = toTcvn3(TEXT.toUpperCase(), { capitals: true });
    expect(converterFor('auto', upper).convert(upper)).toBe(TEXT.toUpperCase());
    expect(converterFor('tcvn3', upper).convert(upper)).toBe(TEXT.toUpperCase());
  });

  it('auto leaves correct Vietnamese and English alone (only composed), and never guesses VIQR', () => {
    for (const text of [TEXT, 'The committee met. Is it? Yes.', 'Ho^.i nghi.']) expect(converterFor('auto', text).convert(text)).toBe(text);
    expect(converterFor('auto', TEXT.normalize('NFD')).convert(TEXT.normalize('NFD'))).toBe(TEXT);
    expect(converterFor('viqr', 'Ho^.i nghi. tho^ng qua').convert('Ho^.i nghi. tho^ng qua')).toBe('Hội nghị thông qua');
  });

  it('a chosen encoding is used whatever the detection says', () => {
    expect(converterFor('vni', 'Hoäi').convert('Hoäi')).toBe('Hội');
    expect(converterFor('unicode', TEXT.normalize('NFD')).convert(TEXT.normalize('NFD'))).toBe(TEXT);
  });

  it('firstLines skips blank lines and stops at the count', () => {
    expect(firstLines('a\n\n  \nb\r\nc\nd', 3)).toEqual(['a', 'b', 'c']);
  });
});
