import { describe, expect, it } from 'vitest';
import { toTcvn3, toTcvn3Runs } from '../../../../shared/text/legacy/encode';
import { fromTcvn3 } from '../../../../shared/text/legacy/tcvn3';
import { ALL_LOWER, REFERENCE_SENTENCES, cp1252Reading, latin1Reading } from './fixtures';

/**
 * TCVN3 (TCVN 5712:1993 VN3, the ABC fonts) byte → letter, normal font, transcribed from the
 * published tables: Unikey's vnconv library (Pham Kim Long, ukengine/data.cpp,
 * SingleByteTables "TCVN3"; read in github.com/vn-input/ibus-unikey), cross-checked with the
 * VSCII article (VN3: 67 lower-case letters, 7 untoned capitals, the no-break space) and the
 * "Bảng đối chiếu encoding các bộ chữ hiện hành với Unicode" table (TCVN column).
 * Sorted by byte here, unlike the converter's own table (by vowel and tone).
 */
const TCVN3_PUBLISHED = `
  A1 Ă  A2 Â  A3 Ê  A4 Ô  A5 Ơ  A6 Ư  A7 Đ  A8 ă  A9 â  AA ê  AB ô  AC ơ  AD ư  AE đ
  B5 à  B6 ả  B7 ã  B8 á  B9 ạ  BB ằ  BC ẳ  BD ẵ  BE ắ
  C6 ặ  C7 ầ  C8 ẩ  C9 ẫ  CA ấ  CB ậ  CC è  CE ẻ  CF ẽ
  D0 é  D1 ẹ  D2 ề  D3 ể  D4 ễ  D5 ế  D6 ệ  D7 ì  D8 ỉ  DC ĩ  DD í  DE ị  DF ò
  E1 ỏ  E2 õ  E3 ó  E4 ọ  E5 ồ  E6 ổ  E7 ỗ  E8 ố  E9 ộ  EA ờ  EB ở  EC ỡ  ED ớ  EE ợ  EF ù
  F1 ủ  F2 ũ  F3 ú  F4 ụ  F5 ừ  F6 ử  F7 ữ  F8 ứ  F9 ự  FA ỳ  FB ỷ  FC ỹ  FD ý  FE ỵ
`;

const TABLE: { byte: number; letter: string }[] = TCVN3_PUBLISHED.trim()
  .split(/\s{2,}|\n\s*/)
  .map((cell) => cell.trim().split(' '))
  .map(([hex, letter]) => ({ byte: Number.parseInt(hex, 16), letter }));

const LOWER = TABLE.filter(({ letter }) => letter === letter.toLowerCase());
const BASE_FONT_CAPITALS = TABLE.filter(({ letter }) => letter !== letter.toLowerCase());

describe('TCVN3 → Unicode, letter by letter against the published table', () => {
  it('the table in this test holds each of the 67 lower-case letters once, and the 7 untoned capitals', () => {
    expect(LOWER.map((e) => e.letter).sort()).toEqual([...ALL_LOWER].sort());
    expect(BASE_FONT_CAPITALS.map((e) => e.letter).join('')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('reads each lower-case letter in the Windows-1252 reading and in the Latin-1 reading', () => {
    for (const { byte, letter } of LOWER) {
      expect(fromTcvn3(cp1252Reading([byte])), `byte ${byte.toString(16)}`).toBe(letter);
      expect(fromTcvn3(latin1Reading([byte])), `byte ${byte.toString(16)}`).toBe(letter);
    }
  });

  it('reads Ă Â Ê Ô Ơ Ư Đ in the normal font (they are in it)', () => {
    for (const { byte, letter } of BASE_FONT_CAPITALS) expect(fromTcvn3(cp1252Reading([byte]))).toBe(letter);
  });

  it('reads the 67 capitals from an H font (.VnTimeH draws the lower-case positions as capitals)', () => {
    for (const { byte, letter } of LOWER) {
      expect(fromTcvn3(cp1252Reading([byte]), { capitals: true })).toBe(letter.toUpperCase());
    }
    for (const { byte, letter } of BASE_FONT_CAPITALS) expect(fromTcvn3(cp1252Reading([byte]), { capitals: true })).toBe(letter);
    // Typed in an H font, ASCII letters are capitals too, whichever key case was used.
    expect(fromTcvn3('h\u00e9i ngh\u00de', { capitals: true })).toBe('HỘI NGHỊ');
  });

  it('writes each letter back to its byte, and each capital to its byte in the H font', () => {
    const inBaseFont = new Set(BASE_FONT_CAPITALS.map((e) => e.letter));
    for (const { byte, letter } of LOWER) {
      expect(toTcvn3(letter)).toBe(cp1252Reading([byte]));
      const capital = letter.toUpperCase();
      // Ă Â Ê Ô Ơ Ư Đ have a byte of their own, which the H font shows too.
      if (inBaseFont.has(capital)) expect(fromTcvn3(toTcvn3(capital, { capitals: true }), { capitals: true })).toBe(capital);
      else expect(toTcvn3(capital, { capitals: true })).toBe(cp1252Reading([byte]));
    }
    for (const { byte, letter } of BASE_FONT_CAPITALS) expect(toTcvn3(letter)).toBe(cp1252Reading([byte]));
  });
});

describe('TCVN3 text', () => {
  it('keeps ư, byte 0xAD, which Windows-1252 calls a soft hyphen', () => {
    expect(fromTcvn3('Th\u00adêng v\u00f4')).toBe('Thường vụ');
    expect(fromTcvn3('\u00ad\u00ac')).toBe('ươ');
    expect(toTcvn3('Thường')).toContain('\u00ad');
  });

  it('converts the mojibake a .VnTime run pastes as', () => {
    expect(fromTcvn3('Héi nghÞ Ban Th\u00adêng vô TØnh ñy')).toBe('Hội nghị Ban Thường vụ Tỉnh ủy');
  });

  it('reads punctuation typed in the font the same in both readings (“ ” – … from 0x93 0x94 0x96 0x85)', () => {
    const bytes = [0x93, 0x48, 0xe9, 0x69, 0x94, 0x20, 0x96, 0x20, 0x6e, 0x67, 0x68, 0xde, 0x85];
    expect(fromTcvn3(cp1252Reading(bytes))).toBe('“Hội” – nghị…');
    expect(fromTcvn3(latin1Reading(bytes))).toBe('“Hội” – nghị…');
  });

  it('leaves ASCII, digits and characters no TCVN3 byte can be as they are', () => {
    expect(fromTcvn3('BTV 28/5/2022, 12,93% ☺ 漢')).toBe('BTV 28/5/2022, 12,93% ☺ 漢');
  });

  it('round-trips sentences of the reference article, toned capitals through H-font runs', () => {
    for (const sentence of REFERENCE_SENTENCES) {
      const runs = toTcvn3Runs(sentence);
      expect(runs.map((run) => fromTcvn3(run.text, { capitals: run.capitals })).join('')).toBe(sentence);
    }
    const withCapital = toTcvn3Runs('Ủy viên');
    expect(withCapital).toEqual([
      { text: '\u00f1', capitals: true },
      { text: 'y vi\u00aan', capitals: false },
    ]);
  });

  it('writes a toned capital at its lower-case position in the normal font, as typists did', () => {
    expect(fromTcvn3(toTcvn3('Ủy ban'))).toBe('ủy ban');
  });
});
