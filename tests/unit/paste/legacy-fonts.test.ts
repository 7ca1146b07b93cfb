import { describe, expect, it } from 'vitest';
import { classFontsOfHtml, elementFontEncoding, fontFamilyOfStyle, mentionsLegacyFont } from '../../../shared/paste/legacy-fonts';

describe('legacy fonts named by HTML', () => {
  it('reads font-family, Word’s mso-ascii-font-family and the font shorthand, never mso-bidi-font-family', () => {
    expect(fontFamilyOfStyle(`font-size:14.0pt;font-family:".VnTime";mso-bidi-font-family:"Times New Roman"`)).toBe('".VnTime"');
    expect(fontFamilyOfStyle('mso-ascii-font-family:VNI-Times')).toBe('VNI-Times');
    expect(fontFamilyOfStyle(`font:bold 13.0pt/150% ".VnArial", sans-serif`)).toBe('".VnArial", sans-serif');
    expect(fontFamilyOfStyle(`mso-bidi-font-family:".VnTime"`)).toBeNull();
  });

  it("reads Word's style sheet: classes of p, li, span and bare classes, comments skipped", () => {
    const fonts = classFontsOfHtml(
      '<style><!-- /* p.Ignored {font-family:".VnTime"} */ p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-family:".VnTime";} span.Tieu {font-family:".VnTimeH"} .vni {font-family:VNI-Times} --></style>',
    );
    expect(Object.fromEntries(fonts)).toEqual({ msonormal: '".VnTime"', tieu: '".VnTimeH"', vni: 'VNI-Times' });
  });

  it('an element’s own font wins over its class; one that names none inherits (undefined)', () => {
    const classes = new Map([['msonormal', '.VnTime']]);
    expect(elementFontEncoding({ className: 'MsoNormal' }, classes)).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(elementFontEncoding({ className: 'MsoNormal', style: 'font-family:Arial' }, classes)).toBeNull();
    expect(elementFontEncoding({ face: '.VnTimeH' }, classes)).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(elementFontEncoding({ style: 'color:red' }, classes)).toBeUndefined();
  });

  it('mentionsLegacyFont is a cheap first look', () => {
    expect(mentionsLegacyFont(`<span style='font-family:".VnTime"'>`)).toBe(true);
    expect(mentionsLegacyFont('<font face="VNI-Helve">')).toBe(true);
    expect(mentionsLegacyFont('<p>Xem www.vnexpress.net và Times New Roman</p>')).toBe(false);
  });
});
