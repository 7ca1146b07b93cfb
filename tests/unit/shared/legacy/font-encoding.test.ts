import { describe, expect, it } from 'vitest';
import { legacyEncodingOfFont } from '../../../../shared/text/legacy/font-encoding';

describe('legacy encoding of a font', () => {
  it('knows the TCVN3 faces, and their H faces as capitals', () => {
    expect(legacyEncodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyEncodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyEncodingOfFont('.VnArial')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyEncodingOfFont('.VnArialH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyEncodingOfFont('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyEncodingOfFont('.VnCentury Schoolbook')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyEncodingOfFont('.VnBook-AntiquaH')).toEqual({ encoding: 'tcvn3', capitals: true });
    // A style some tools append to the family name is not part of the face's name.
    expect(legacyEncodingOfFont('.VnTimeH Bold Italic')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyEncodingOfFont('.VnTime Bold')).toEqual({ encoding: 'tcvn3', capitals: false });
  });

  it('knows the VNI faces, which have no capitals face', () => {
    for (const name of ['VNI-Times', 'VNI-Helve', 'VNI-Aptima', 'VNI-Helve-Condense', 'VNI Times']) {
      expect(legacyEncodingOfFont(name), name).toEqual({ encoding: 'vni', capitals: false });
    }
  });

  it('reads CSS font lists, quotes and any case', () => {
    expect(legacyEncodingOfFont("'.VnTime', serif")).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyEncodingOfFont('"VNI-Times", "Times New Roman", serif')).toEqual({ encoding: 'vni', capitals: false });
    expect(legacyEncodingOfFont('Arial, ".VnTimeH"')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyEncodingOfFont('.vntimeh')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(legacyEncodingOfFont('.VNTIME')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(legacyEncodingOfFont('vni-times')).toEqual({ encoding: 'vni', capitals: false });
  });

  it('says null for Unicode fonts', () => {
    for (const name of ['Times New Roman', 'Arial', "'Noto Serif', serif", 'VnTime', 'Vnimage', 'Helvetica', '']) {
      expect(legacyEncodingOfFont(name), name).toBeNull();
    }
  });
});
