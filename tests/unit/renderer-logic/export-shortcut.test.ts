import { describe, expect, it } from 'vitest';
import { isCopyPortalHtmlKey } from '../../../renderer/src/app/export/export-shortcut';

const key = (over: Partial<{ key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) => ({
  key: 'C',
  code: 'KeyC',
  ctrlKey: false,
  metaKey: false,
  shiftKey: true,
  altKey: false,
  ...over,
});

describe('Ctrl/⌘+Shift+C: Sao chép HTML cho cổng', () => {
  it('is Ctrl+Shift+C or ⌘+Shift+C, also on a layout where the key gives another letter', () => {
    expect(isCopyPortalHtmlKey(key({ ctrlKey: true }))).toBe(true);
    expect(isCopyPortalHtmlKey(key({ metaKey: true }))).toBe(true);
    expect(isCopyPortalHtmlKey(key({ ctrlKey: true, key: 'С' }))).toBe(true);
  });

  it('is not the plain copy, nor with Alt, nor another letter', () => {
    expect(isCopyPortalHtmlKey(key({ ctrlKey: true, shiftKey: false, key: 'c' }))).toBe(false);
    expect(isCopyPortalHtmlKey(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isCopyPortalHtmlKey(key({ shiftKey: true }))).toBe(false);
    expect(isCopyPortalHtmlKey(key({ ctrlKey: true, key: 'V', code: 'KeyV' }))).toBe(false);
  });
});
