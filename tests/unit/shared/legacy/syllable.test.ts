import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, parseSyllable } from '../../../../shared/text/legacy/syllable';
import { REFERENCE_SENTENCES } from './fixtures';

describe('Vietnamese syllable check', () => {
  it('accepts every Vietnamese word of the reference article', () => {
    const words = REFERENCE_SENTENCES.join(' ').match(/\p{L}+/gu) ?? [];
    const notVietnamese = new Set(['BTV', 'HĐND', 'UBND']);
    expect(words.filter((w) => !notVietnamese.has(w) && !isVietnameseSyllable(w))).toEqual([]);
  });

  it('accepts the hard onsets and rhymes: gi, qu, ngh, medial o/u, oo, uyê, ươ', () => {
    for (const word of ['gì', 'gìn', 'giếng', 'giữa', 'quý', 'quốc', 'quyết', 'nghiêng', 'khuya', 'khuỷu', 'thuyền', 'thuở', 'boong', 'ngoặc', 'xoáy', 'người', 'Kạn', 'ĐƯỜNG']) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
  });

  it('refuses what Vietnamese never writes', () => {
    // English, a stop final with the wrong tone, two tones, ă/â without a final, ghe-/nge-/ci- spellings, letters Vietnamese has not.
    for (const word of ['and', 'hello', 'street', 'cỏc', 'mãt', 'hóà', 'â', 'ă', 'ngi', 'ghó', 'ci', 'café', 'Zürich', 'qa', 'cuỷa', 'coan']) {
      expect(isVietnameseSyllable(word), word).toBe(false);
    }
  });

  it('tells onset, rhyme and which letter carries the tone', () => {
    expect(parseSyllable('thủy')).toEqual({ onset: 'th', rhyme: 'uy', tone: 3, toneAt: 2 });
    expect(parseSyllable('quý')).toEqual({ onset: 'qu', rhyme: 'y', tone: 1, toneAt: 2 });
    expect(parseSyllable('giữa')).toEqual({ onset: 'gi', rhyme: 'ưa', tone: 4, toneAt: 2 });
    expect(parseSyllable('hoà')).toEqual({ onset: 'h', rhyme: 'oa', tone: 2, toneAt: 2 });
  });
});
