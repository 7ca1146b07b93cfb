import { describe, expect, it } from 'vitest';
import { isSafeHref, normalizeLinkInput } from '../../../shared/paste/safe-href';

describe('isSafeHref', () => {
  it('accepts http, https and mailto addresses', () => {
    expect(isSafeHref('https://baohanam.com.vn/tin-tuc')).toBe(true);
    expect(isSafeHref('http://hanam.gov.vn')).toBe(true);
    expect(isSafeHref('mailto:toasoan@baohanam.com.vn')).toBe(true);
    expect(isSafeHref('HTTPS://HANAM.GOV.VN')).toBe(true);
  });

  it('refuses script, data and file links, however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///C:/Windows/system32',
      'vbscript:msgbox(1)',
      'https:\t//x',
    ]) {
      expect(isSafeHref(href), JSON.stringify(href)).toBe(false);
    }
  });

  it('refuses relative and empty addresses', () => {
    expect(isSafeHref('/tin-tuc')).toBe(false);
    expect(isSafeHref('tin-tuc.html')).toBe(false);
    expect(isSafeHref('')).toBe(false);
    expect(isSafeHref('https://')).toBe(false);
    expect(isSafeHref('mailto:')).toBe(false);
  });
});

describe('normalizeLinkInput', () => {
  it('turns a bare domain into an https link', () => {
    expect(normalizeLinkInput('baohanam.com.vn')).toEqual({ ok: true, url: 'https://baohanam.com.vn' });
    expect(normalizeLinkInput('  hanam.gov.vn/Pages/tin.aspx?id=1 ')).toEqual({ ok: true, url: 'https://hanam.gov.vn/Pages/tin.aspx?id=1' });
    expect(normalizeLinkInput('localhost:8080')).toEqual({ ok: false, reason: 'scheme' });
  });

  it('keeps full http, https and mailto addresses as typed', () => {
    expect(normalizeLinkInput('https://baohanam.com.vn/a')).toEqual({ ok: true, url: 'https://baohanam.com.vn/a' });
    expect(normalizeLinkInput('mailto:ban@hanam.gov.vn')).toEqual({ ok: true, url: 'mailto:ban@hanam.gov.vn' });
  });

  it('makes an e-mail address a mailto link', () => {
    expect(normalizeLinkInput('ban@hanam.gov.vn')).toEqual({ ok: true, url: 'mailto:ban@hanam.gov.vn' });
  });

  it('refuses other schemes and things that are not addresses', () => {
    expect(normalizeLinkInput('javascript:alert(1)')).toEqual({ ok: false, reason: 'scheme' });
    expect(normalizeLinkInput('data:text/html,hi')).toEqual({ ok: false, reason: 'scheme' });
    expect(normalizeLinkInput('file:///etc/passwd')).toEqual({ ok: false, reason: 'scheme' });
    expect(normalizeLinkInput('')).toEqual({ ok: false, reason: 'empty' });
    expect(normalizeLinkInput('Hội nghị tỉnh')).toEqual({ ok: false, reason: 'invalid' });
    expect(normalizeLinkInput('https://')).toEqual({ ok: false, reason: 'invalid' });
  });
});
