import { describe, expect, it } from 'vitest';
import { DEFAULT_PORTAL_PROFILE, imageBaseProblem, parsePortalProfile, profileClassTokens } from '../../../../shared/export/portal-profile';

describe('the portal profile', () => {
  it('the default reproduces the reference portal: sapô in bold in the body, photos in images/, no classes', () => {
    expect(DEFAULT_PORTAL_PROFILE).toMatchObject({
      sapoInBody: true,
      imageBaseUrl: 'images/',
      renditionWidths: [480, 800, 1200],
      webp: false,
      classNames: {},
      thumbnail: { width: 400, height: 300 },
    });
    expect(DEFAULT_PORTAL_PROFILE.jpegQuality).toBeGreaterThanOrEqual(70);
  });

  it('a profile file may say only what differs', () => {
    const r = parsePortalProfile({ sapoInBody: false, webp: true });
    expect(r.ok && r.profile).toMatchObject({ sapoInBody: false, webp: true, imageBaseUrl: 'images/', renditionWidths: [480, 800, 1200] });
  });

  it('widths are sorted and repeated ones dropped', () => {
    const r = parsePortalProfile({ renditionWidths: [1200, 480, 800, 480] });
    expect(r.ok && r.profile.renditionWidths).toEqual([480, 800, 1200]);
  });

  it('an unknown key, a bad width or quality, each said where it is', () => {
    const r = parsePortalProfile({ renditionWidths: [10], jpegQuality: 120, colour: 'red' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.some((p) => p.startsWith('renditionWidths.0'))).toBe(true);
    expect(r.problems.some((p) => p.startsWith('jpegQuality'))).toBe(true);
    expect(r.problems.some((p) => p.includes('colour'))).toBe(true);
  });

  it('image addresses: a relative folder, a site path or an absolute http(s) address, ending in "/"', () => {
    for (const ok of ['images/', 'anh/2022/', '/PublishingImages/2022/', 'https://hanam.gov.vn/PublishingImages/', 'http://portal.local:8080/img/']) {
      expect(imageBaseProblem(ok), ok).toBeNull();
    }
    for (const bad of ['images', 'javascript:alert(1)//', 'data:image/png,/', '//evil.example/', '../../', 'images/../../x/', 'https://x.vn/"onerror="/', 'https:///', 'file:///C:/']) {
      expect(imageBaseProblem(bad), bad).not.toBeNull();
    }
  });

  it('class names are CSS tokens only, and only for the elements a portal may style', () => {
    const r = parsePortalProfile({ classNames: { p: '  noi-dung   chinh ', figure: 'anh' } });
    expect(r.ok && profileClassTokens(r.profile)).toEqual(new Set(['noi-dung', 'chinh', 'anh']));
    expect(parsePortalProfile({ classNames: { p: 'x" onclick="alert(1)' } }).ok).toBe(false);
    expect(parsePortalProfile({ classNames: { script: 'x' } }).ok).toBe(false);
  });
});
