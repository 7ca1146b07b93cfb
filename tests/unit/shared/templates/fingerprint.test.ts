import { describe, expect, it } from 'vitest';
import { fingerprint, openingState, partState } from '../../../../shared/templates/fingerprint';

describe('fingerprint', () => {
  it('is FNV-1a 32 over UTF-8 (the published test vectors) with the length', () => {
    expect(fingerprint('')).toBe('811c9dc5:0');
    expect(fingerprint('a')).toBe('e40c292c:1');
    expect(fingerprint('foobar')).toBe('bf9cf968:6');
  });

  it('hashes the UTF-8 bytes of Vietnamese letters and of letters beyond the BMP, not UTF-16 units', () => {
    // A second implementation over Node's own UTF-8 encoder.
    const reference = (text: string) => {
      let h = 0x811c9dc5;
      for (const b of Buffer.from(text, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
      return h.toString(16).padStart(8, '0');
    };
    for (const text of ['ư', 'Đinh Thị Lụa', 'Ủy viên Trung ương Đảng', '𝐀 và 😀', '76.300 tỷ đồng; 12,93%']) {
      expect(fingerprint(text)).toBe(`${reference(text)}:${text.length}`);
    }
  });

  it('is the same for NFC and NFD text, and for a no-break space and a space', () => {
    expect(fingerprint('Bí thư Tỉnh ủy')).toBe(fingerprint('Bí thư Tỉnh ủy'.normalize('NFD')));
    expect(fingerprint('Lê Thị Thủy ')).toBe(fingerprint('Lê Thị Thủy\u00a0'));
  });

  it('differs when one letter or one tone differs', () => {
    expect(fingerprint('Lê Thị Thủy')).not.toBe(fingerprint('Lê Thị Thúy'));
    expect(fingerprint('Sáng ngày 28/5/2022')).not.toBe(fingerprint('Sáng ngày 28/5/2023'));
  });
});

describe('partState', () => {
  const generated = 'Chiều ngày 28/5/2022, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Thị ủy Duy Tiên.';
  const fp = fingerprint(generated);

  it('says generated while the text is what was generated, edited once a person changes it', () => {
    expect(partState(fp, generated)).toBe('generated');
    expect(partState(fp, generated.normalize('NFD'))).toBe('generated');
    expect(partState(fp, generated.replace('Chiều', 'Sáng'))).toBe('edited');
    expect(partState(fp, `${generated} `)).toBe('edited');
    expect(partState(fp, '')).toBe('edited');
  });

  it('for an opening, looks only at the start the officer typed after', () => {
    const opening = 'Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy ';
    const ofp = fingerprint(opening);
    expect(openingState(ofp, `${opening}đề nghị các cấp ủy tập trung…`)).toBe('generated');
    expect(openingState(ofp, opening)).toBe('generated');
    expect(openingState(ofp, opening.replace('Lê Thị Thủy', 'Trương Quốc Huy'))).toBe('edited');
    expect(openingState(ofp, 'Phát biểu')).toBe('edited');
    expect(openingState('not-a-fingerprint', opening)).toBe('edited');
  });
});
