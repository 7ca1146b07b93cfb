import { describe, expect, it } from 'vitest';
import { formatClock, formatCount, formatDateTime } from '../../../../shared/document/locale-format';
import { saveStatusText, errorSentence } from '../../../../shared/document/status-text';
import { catalog } from '../../../../shared/i18n/catalog';

describe('numbers and times in the status bar', () => {
  it('groups thousands the Vietnamese way', () => {
    expect(formatCount(20000, 'vi')).toBe('20.000');
    expect(formatCount(20000, 'en')).toBe('20,000');
    expect(catalog.vi.ui.count(formatCount(1259, 'vi'), formatCount(7634, 'vi'))).toBe('1.259 từ · 7.634 ký tự');
  });

  it('shows the 24-hour clock', () => {
    expect(formatClock('2026-11-28T10:42:05.000Z', 'vi', 'UTC')).toBe('10:42');
    expect(formatClock('2026-11-28T22:07:00.000+07:00', 'en', 'Asia/Ho_Chi_Minh')).toBe('22:07');
    expect(formatDateTime('2026-05-08T03:07:00.000Z', 'vi', 'Asia/Ho_Chi_Minh')).toBe('8/5/2026 10:07');
  });

  it('words every save state', () => {
    const ui = catalog.vi.ui;
    expect(saveStatusText({ kind: 'saved' }, ui, 'vi')).toBe('Đã lưu');
    expect(saveStatusText({ kind: 'unsaved' }, ui, 'vi')).toBe('Chưa lưu');
    expect(saveStatusText({ kind: 'saving' }, ui, 'vi')).toBe('Đang lưu…');
    expect(saveStatusText({ kind: 'recovered' }, ui, 'vi')).toBe('Đã khôi phục');
    const at = new Date(2026, 10, 28, 10, 42).toISOString();
    expect(saveStatusText({ kind: 'autosaved', at }, ui, 'vi')).toBe('Đã tự động lưu bản khôi phục lúc 10:42');
    expect(saveStatusText({ kind: 'saved' }, catalog.en.ui, 'en')).toBe('Saved');
  });

  it('turns error codes into catalog sentences, unknown ones into the generic sentence', () => {
    expect(errorSentence('not-a-draft', catalog.vi.errors)).toBe(catalog.vi.errors['not-a-draft']);
    expect(errorSentence('EACCES: /tmp/x', catalog.vi.errors)).toBe(catalog.vi.errors.internal);
    expect(errorSentence('toString', catalog.vi.errors)).toBe(catalog.vi.errors.internal);
  });
});
