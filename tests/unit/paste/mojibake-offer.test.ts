import { describe, expect, it } from 'vitest';
import { convertPieces, mojibakeOffer } from '../../../shared/paste/mojibake-offer';
import { fromTcvn3 } from '../../../shared/text/legacy/tcvn3';
import { toTcvn3, toVni } from '../../../shared/text/legacy/encode';
import { CLIPBOARD_FIXTURES, plainTcvn3Mojibake, TCVN3_LEAD } from '../../fixtures/clipboard';

const utf8Twice = (s: string) => Array.from(new TextEncoder().encode(s), (b) => String.fromCharCode(b)).join('');

describe('mojibakeOffer: when the paste bar offers "Chuyển mã?"', () => {
  it('offers TCVN3 for plain text typed in .VnTime, with the first line as it will read', () => {
    const offer = mojibakeOffer(plainTcvn3Mojibake().plain);
    expect(offer?.detection.encoding).toBe('tcvn3');
    expect(offer?.sample).toBe(TCVN3_LEAD);
  });

  it('offers VNI and the UTF-8-read-twice repair', () => {
    expect(mojibakeOffer(toVni('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên'))?.detection.encoding).toBe('vni');
    const doubled = mojibakeOffer(utf8Twice('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên'));
    expect(doubled?.detection).toMatchObject({ encoding: 'unicode', doubleUtf8: true });
    expect(doubled?.sample).toContain('Hội nghị Ban Thường vụ');
  });

  it('offers nothing for correct Vietnamese, English, French or code, nor for the Unicode fixtures', () => {
    for (const text of [
      'Chiều ngày 28/5/2022, Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên.',
      'The provincial committee met on 28 May 2022.',
      "L'hôtel de ville a été rénové à Montréal, près de la place d'Youville.",
      'const total = items.reduce((a, b) => a + b, 0); // ±5 · µs',
      '',
    ]) {
      expect(mojibakeOffer(text), text).toBeNull();
    }
    for (const fixture of CLIPBOARD_FIXTURES.map((f) => f()).filter((f) => f.name !== 'plain-tcvn3')) {
      expect(mojibakeOffer(fixture.expected.join('\n')), fixture.name).toBeNull();
    }
  });
});

describe('convertPieces: the pasted text converted where it stands', () => {
  const convert = (piece: string) => fromTcvn3(piece);

  it('converts the pasted runs inside a node that also holds text typed before, leaving that text as it was', () => {
    const pasted = toTcvn3('Hội nghị Tỉnh ủy');
    // "Hòa" typed before holds ò, a Windows-1252 letter a TCVN3 reading would change.
    expect(convertPieces(`Hòa Bình: ${pasted}.`, [pasted], convert)).toBe('Hòa Bình: Hội nghị Tỉnh ủy.');
  });

  it('looks for the longest piece first and ignores pieces the conversion does not change', () => {
    const a = toTcvn3('Thường vụ');
    const b = toTcvn3('Thường');
    expect(convertPieces(`${a} và ${b}; Ban`, [b, a, 'Ban', ''], convert)).toBe('Thường vụ và Thường; Ban');
  });
});
