import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding, repairLegacyText } from '../../../../shared/text/legacy/detect';
import { fixDoubleUtf8 } from '../../../../shared/text/legacy/double-utf8';
import { toTcvn3, toVni } from '../../../../shared/text/legacy/encode';
import { REFERENCE_SENTENCES, doubleUtf8 } from './fixtures';

const PARAGRAPH = REFERENCE_SENTENCES[1];
const ENGLISH =
  'The provincial press office publishes reports of leadership meetings. The café near São Paulo’s “old” market served a naïve crème brûlée — really good… See Zürich, Köln and Malmö.';
const FRENCH = 'À côté de l’hôtel, où l’on dîne, Hélène a reçu un cadeau très élégant — déjà vu, n’est-ce pas ?';
const CODE = 'const total = a · b; // © 2020, ±5 µs at 10 °C, see ¶ 3 § 2\nif (x > 0) { return "naïve"; } // ½ done';

describe('detecting legacy encodings in plain text', () => {
  it('finds TCVN3 mojibake and repairs it', () => {
    const mojibake = toTcvn3(PARAGRAPH);
    const found = detectLegacyEncoding(mojibake);
    expect(found).toMatchObject({ encoding: 'tcvn3', doubleUtf8: false, capitals: false });
    expect(found.confidence).toBeGreaterThan(0.9);
    // One font, no H runs: the toned capital Ủ was typed at ủ's position.
    const repaired = PARAGRAPH.replace(/Ủ/g, 'ủ');
    expect(repairLegacyText(mojibake, found)).toBe(repaired);
    expect(found.sample?.length).toBeLessThanOrEqual(121);
    expect(repaired.startsWith(found.sample!.replace(/…$/, ''))).toBe(true);
  });

  it('finds a short TCVN3 line, with less confidence than a paragraph', () => {
    const found = detectLegacyEncoding('Héi nghÞ Ban Th\u00adêng vô');
    expect(found.encoding).toBe('tcvn3');
    expect(found.sample).toBe('Hội nghị Ban Thường vụ');
    expect(found.confidence).toBeLessThan(detectLegacyEncoding(toTcvn3(PARAGRAPH)).confidence);
  });

  it('finds TCVN3 typed in an H font (all capitals)', () => {
    const found = detectLegacyEncoding(toTcvn3('HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY', { capitals: true }));
    expect(found).toMatchObject({ encoding: 'tcvn3', capitals: true, sample: 'HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY' });
  });

  it('finds VNI mojibake and repairs it', () => {
    const found = detectLegacyEncoding(toVni(PARAGRAPH));
    expect(found).toMatchObject({ encoding: 'vni', doubleUtf8: false });
    expect(found.confidence).toBeGreaterThan(0.9);
    expect(repairLegacyText(toVni(PARAGRAPH), found)).toBe(PARAGRAPH);
  });

  it('finds Unicode that went through UTF-8 twice, and legacy text that did', () => {
    expect(detectLegacyEncoding(doubleUtf8(PARAGRAPH))).toMatchObject({ encoding: 'unicode', doubleUtf8: true });
    expect(repairLegacyText(doubleUtf8(PARAGRAPH), detectLegacyEncoding(doubleUtf8(PARAGRAPH)))).toBe(PARAGRAPH);
    const tcvn3Twice = doubleUtf8(toTcvn3(PARAGRAPH));
    expect(detectLegacyEncoding(tcvn3Twice)).toMatchObject({ encoding: 'tcvn3', doubleUtf8: true });
    const vniTwice = doubleUtf8(toVni(PARAGRAPH));
    expect(detectLegacyEncoding(vniTwice)).toMatchObject({ encoding: 'vni', doubleUtf8: true });
    expect(repairLegacyText(vniTwice, detectLegacyEncoding(vniTwice))).toBe(PARAGRAPH);
  });

  it('offers nothing for correct Vietnamese, composed or decomposed', () => {
    for (const text of [PARAGRAPH, REFERENCE_SENTENCES.join('\n'), PARAGRAPH.normalize('NFD'), 'Ủy ban nhân dân tỉnh Hà Nam']) {
      const found = detectLegacyEncoding(text);
      expect(found.encoding).toBe('unicode');
      expect(found.doubleUtf8).toBe(false);
      expect(found.sample).toBeUndefined();
      expect(repairLegacyText(text, found)).toBe(text.normalize('NFC'));
    }
  });

  it('offers nothing for English or French with accents, ASCII, or code with symbols', () => {
    for (const text of [ENGLISH, FRENCH, 'Plain ASCII text, nothing else: 28/5/2022.', CODE, '']) {
      const found = detectLegacyEncoding(text);
      expect(found.encoding, text).toBe('unicode');
      expect(found.sample).toBeUndefined();
    }
  });

  it('says unknown for text damaged in a way it cannot explain', () => {
    // Windows-1252 symbols inside words, but no TCVN3, VNI or UTF-8 reading makes Vietnamese of them.
    const found = detectLegacyEncoding('Qx¤rt Zw§lk Vb¦rm Jq¨fs Xz©kt');
    expect(found).toEqual({ encoding: 'unknown', confidence: 0, doubleUtf8: false });
    expect(repairLegacyText('Qx¤rt', found)).toBe('Qx¤rt');
  });
});

describe('undoing one UTF-8 layer too many', () => {
  it('repairs Vietnamese Unicode read as Windows-1252', () => {
    expect(fixDoubleUtf8('Há»™i nghá»‹ Ban ThÆ°á»\u009dng vá»¥')).toBe('Hội nghị Ban Thường vụ');
    for (const sentence of REFERENCE_SENTENCES) expect(fixDoubleUtf8(doubleUtf8(sentence))).toBe(sentence);
  });

  it('repairs the Latin-1 reading too (C1 controls instead of Windows-1252 punctuation)', () => {
    const latin1 = String.fromCharCode(...new TextEncoder().encode('Hội nghị “Thường vụ”'));
    expect(fixDoubleUtf8(latin1)).toBe('Hội nghị “Thường vụ”');
  });

  it('leaves correct text alone, and repairs only the damaged part of mixed text', () => {
    for (const sentence of REFERENCE_SENTENCES) expect(fixDoubleUtf8(sentence)).toBe(sentence);
    expect(fixDoubleUtf8('QUÊ” – «ĐÊM»')).toBe('QUÊ” – «ĐÊM»');
    expect(fixDoubleUtf8(`Tỉnh ủy ${doubleUtf8('Thị ủy')}`)).toBe('Tỉnh ủy Thị ủy');
  });

  it('does not take overlong or truncated sequences for characters', () => {
    expect(fixDoubleUtf8('\u00e0\u201a\u00a0')).toBe('\u00e0\u201a\u00a0'); // E0 82 A0: U+00A0 written in three bytes
    expect(fixDoubleUtf8('Ã')).toBe('Ã');
    expect(fixDoubleUtf8('á»')).toBe('á»');
  });
});
