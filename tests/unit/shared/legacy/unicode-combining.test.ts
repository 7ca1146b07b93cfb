import { describe, expect, it } from 'vitest';
import { fromCombiningUnicode } from '../../../../shared/text/legacy/unicode-combining';
import { ALL_LOWER, ALL_UPPER, REFERENCE_SENTENCES } from './fixtures';

/** Unikey's "Unicode tổ hợp": the shaped letters â ê ô ơ ư ă đ precomposed, the tone a combining mark after them. */
const TONE = { sắc: '\u0301', huyền: '\u0300', hỏi: '\u0309', ngã: '\u0303', nặng: '\u0323' };

describe('combining Unicode → NFC', () => {
  it("composes Unikey's Unicode tổ hợp, which is neither NFC nor NFD", () => {
    const toHop = `Vi\u00ea${TONE.nặng}t Nam Th\u01b0\u01a1${TONE.huyền}ng Tr\u01b0\u01a1${TONE.hỏi}ng \u0110a${TONE.nặng}i bi\u00ea${TONE.hỏi}u`;
    expect(toHop).not.toBe(toHop.normalize('NFC'));
    expect(toHop).not.toBe(toHop.normalize('NFD'));
    expect(fromCombiningUnicode(toHop)).toBe('Việt Nam Thường Trưởng Đại biểu');
  });

  it('composes true NFD of all 134 letters and of the reference sentences', () => {
    for (const letter of [...ALL_LOWER, ...ALL_UPPER]) expect(fromCombiningUnicode(letter.normalize('NFD'))).toBe(letter);
    for (const sentence of REFERENCE_SENTENCES) expect(fromCombiningUnicode(sentence.normalize('NFD'))).toBe(sentence);
  });

  it('composes marks typed in a non-canonical order (tone before horn or circumflex)', () => {
    expect(fromCombiningUnicode(`o${TONE.sắc}\u031b`)).toBe('ớ');
    expect(fromCombiningUnicode(`a\u0302${TONE.nặng}`)).toBe('ậ');
    expect(fromCombiningUnicode(`a${TONE.nặng}\u0302`)).toBe('ậ');
  });
});
