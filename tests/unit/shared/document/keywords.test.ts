import { describe, expect, it } from 'vitest';
import { formatKeywords, parseKeywords } from '../../../../shared/document/keywords';

describe('parseKeywords', () => {
  it('splits on commas and trims', () => {
    expect(parseKeywords(' Duy Tiên,  Tỉnh ủy , nghị quyết')).toEqual(['Duy Tiên', 'Tỉnh ủy', 'nghị quyết']);
  });

  it('drops empty entries and repeats regardless of case', () => {
    expect(parseKeywords('Tỉnh ủy,, tỉnh ủy, ,HĐND,')).toEqual(['Tỉnh ủy', 'HĐND']);
  });

  it('normalizes decomposed Vietnamese to NFC', () => {
    const decomposed = 'Thu\u0309y';
    expect(parseKeywords(decomposed)).toEqual(['Thủy']);
  });

  it('stays within the schema limits', () => {
    const many = Array.from({ length: 80 }, (_, i) => `từ ${i}`).join(',');
    expect(parseKeywords(many)).toHaveLength(50);
    expect(parseKeywords('a'.repeat(150))[0]).toHaveLength(100);
  });

  it('round-trips through the text field', () => {
    expect(formatKeywords(parseKeywords('a, b,c'))).toBe('a, b, c');
  });
});
