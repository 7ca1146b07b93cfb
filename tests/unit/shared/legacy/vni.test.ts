import { describe, expect, it } from 'vitest';
import { toVni } from '../../../../shared/text/legacy/encode';
import { fromVni } from '../../../../shared/text/legacy/vni';
import { ALL_LOWER, ALL_UPPER, REFERENCE_SENTENCES, cp1252Reading, latin1Reading } from './fixtures';

/**
 * VNI-Windows as published in Unikey's vnconv library (Pham Kim Long, ukengine/data.cpp,
 * DoubleByteTables "VNI-WIN"; read in github.com/vn-input/ibus-unikey), transcribed as it is
 * printed there: one 16-bit word per letter, low byte = the base character, high byte = the
 * mark byte (0 when the letter is one byte). Each row lists its letters in Unikey's order:
 * capital, small, then sắc, huyền, hỏi, ngã, nặng, capital before small.
 */
const VNI_WIN_PUBLISHED: [string, number[]][] = [
  ['AaÁáÀàẢảÃãẠạ', [0x0041, 0x0061, 0xd941, 0xf961, 0xd841, 0xf861, 0xdb41, 0xfb61, 0xd541, 0xf561, 0xcf41, 0xef61]],
  ['ÂâẤấẦầẨẩẪẫẬậ', [0xc241, 0xe261, 0xc141, 0xe161, 0xc041, 0xe061, 0xc541, 0xe561, 0xc341, 0xe361, 0xc441, 0xe461]],
  ['ĂăẮắẰằẲẳẴẵẶặ', [0xca41, 0xea61, 0xc941, 0xe961, 0xc841, 0xe861, 0xda41, 0xfa61, 0xdc41, 0xfc61, 0xcb41, 0xeb61]],
  ['Đđ', [0x00d1, 0x00f1]],
  ['EeÉéÈèẺẻẼẽẸẹ', [0x0045, 0x0065, 0xd945, 0xf965, 0xd845, 0xf865, 0xdb45, 0xfb65, 0xd545, 0xf565, 0xcf45, 0xef65]],
  ['ÊêẾếỀềỂểỄễỆệ', [0xc245, 0xe265, 0xc145, 0xe165, 0xc045, 0xe065, 0xc545, 0xe565, 0xc345, 0xe365, 0xc445, 0xe465]],
  ['IiÍíÌìỈỉĨĩỊị', [0x0049, 0x0069, 0x00cd, 0x00ed, 0x00cc, 0x00ec, 0x00c6, 0x00e6, 0x00d3, 0x00f3, 0x00d2, 0x00f2]],
  ['OoÓóÒòỎỏÕõỌọ', [0x004f, 0x006f, 0xd94f, 0xf96f, 0xd84f, 0xf86f, 0xdb4f, 0xfb6f, 0xd54f, 0xf56f, 0xcf4f, 0xef6f]],
  ['ÔôỐốỒồỔổỖỗỘộ', [0xc24f, 0xe26f, 0xc14f, 0xe16f, 0xc04f, 0xe06f, 0xc54f, 0xe56f, 0xc34f, 0xe36f, 0xc44f, 0xe46f]],
  ['ƠơỚớỜờỞởỠỡỢợ', [0x00d4, 0x00f4, 0xd9d4, 0xf9f4, 0xd8d4, 0xf8f4, 0xdbd4, 0xfbf4, 0xd5d4, 0xf5f4, 0xcfd4, 0xeff4]],
  ['UuÚúÙùỦủŨũỤụ', [0x0055, 0x0075, 0xd955, 0xf975, 0xd855, 0xf875, 0xdb55, 0xfb75, 0xd555, 0xf575, 0xcf55, 0xef75]],
  ['ƯưỨứỪừỬửỮữỰự', [0x00d6, 0x00f6, 0xd9d6, 0xf9f6, 0xd8d6, 0xf8f6, 0xdbd6, 0xfbf6, 0xd5d6, 0xf5f6, 0xcfd6, 0xeff6]],
  ['YyÝýỲỳỶỷỸỹỴỵ', [0x0059, 0x0079, 0xd959, 0xf979, 0xd859, 0xf879, 0xdb59, 0xfb79, 0xd559, 0xf579, 0x00ce, 0x00ee]],
];

/** The bytes of one published word: base byte, then the mark byte when there is one. */
const bytesOf = (word: number) => (word > 0xff ? [word & 0xff, word >> 8] : [word]);

const TABLE = VNI_WIN_PUBLISHED.flatMap(([letters, words]) => [...letters].map((letter, i) => ({ letter, bytes: bytesOf(words[i]) })));
const NON_ASCII = TABLE.filter(({ letter }) => letter.charCodeAt(0) > 0x7f);

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16)).join(' ');

describe('VNI-Windows → Unicode, letter by letter against the published table', () => {
  it('the table in this test holds each of the 134 letters once', () => {
    expect(NON_ASCII.map((e) => e.letter).sort()).toEqual([...ALL_LOWER, ...ALL_UPPER].sort());
  });

  it('reads all 134 letters in the Windows-1252 reading and in the Latin-1 reading', () => {
    for (const { letter, bytes } of NON_ASCII) {
      expect(fromVni(cp1252Reading(bytes)), hex(bytes)).toBe(letter);
      expect(fromVni(latin1Reading(bytes)), hex(bytes)).toBe(letter);
    }
  });

  it('writes all 134 letters back to their published bytes', () => {
    for (const { letter, bytes } of NON_ASCII) expect(toVni(letter), letter).toBe(cp1252Reading(bytes));
  });

  it('gets all 24 forms of ơ and ư right (ơ is ô, ớ is ô + ù, ự is ö + ï)', () => {
    const horned = NON_ASCII.filter(({ letter }) => /[ơớờởỡợưứừửữựƠỚỜỞỠỢƯỨỪỬỮỰ]/.test(letter));
    expect(horned).toHaveLength(24);
    for (const { letter, bytes } of horned) expect(fromVni(cp1252Reading(bytes))).toBe(letter);
    expect(fromVni('ñöôïc ngöôøi Ñöôøng Ñöùc Ngöõ')).toBe('được người Đường Đức Ngữ');
  });
});

describe('VNI text', () => {
  it('converts the mojibake a VNI-Times run pastes as', () => {
    expect(fromVni('Hoäi nghò Ban Thöôøng vuï Tænh uûy')).toBe('Hội nghị Ban Thường vụ Tỉnh ủy');
  });

  it('round-trips sentences of the reference article, capitals included', () => {
    for (const sentence of REFERENCE_SENTENCES) expect(fromVni(toVni(sentence))).toBe(sentence);
  });

  it('leaves a mark byte that follows no vowel, and text without VNI bytes, as they are', () => {
    expect(fromVni('Ù')).toBe('Ù');
    expect(fromVni('BTV 28/5/2022, 12,93% ☺')).toBe('BTV 28/5/2022, 12,93% ☺');
  });

  it('reads “quotes” typed in the font in both readings', () => {
    const bytes = [0x93, 0x56, 0x69, 0x65, 0xe4, 0x74, 0x94];
    expect(fromVni(cp1252Reading(bytes))).toBe('“Việt”');
    expect(fromVni(latin1Reading(bytes))).toBe('“Việt”');
  });
});
