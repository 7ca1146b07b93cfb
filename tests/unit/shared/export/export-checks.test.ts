import { describe, expect, it } from 'vitest';
import { BLOCKING_CHECKS, checkForExport, hasBlocking, WARNING_CHECKS, type ExportCheck } from '../../../../shared/export/export-checks';
import { checkMessage, checkMessagesEn, checkMessagesVi } from '../../../../shared/export/export-messages';
import { a, article, cell, figure, HASH_1, HASH_2, li, p, row, S, t, tableNode, ul } from './export-fixtures';

const GOOD = () => article([figure(), p(t('Nội dung bài viết đã đề ra./.'))]);
const codes = (checks: ExportCheck[]) => checks.map((c) => c.code);

describe('checks before export', () => {
  it('a complete article has nothing to say', () => {
    expect(checkForExport(GOOD(), { hasMedia: (h) => h === HASH_1 })).toEqual([]);
  });

  it('an empty title or sapô blocks, and points at its field', () => {
    const checks = checkForExport(article([p(t('x./.')), figure()], { title: '  ', sapo: '' }));
    expect(checks.filter((c) => c.severity === 'error')).toEqual([
      { code: 'title-empty', severity: 'error', place: { kind: 'meta', field: 'title' }, params: {} },
      { code: 'sapo-empty', severity: 'error', place: { kind: 'meta', field: 'sapo' }, params: {} },
    ]);
    expect(hasBlocking(checks)).toBe(true);
  });

  it('a photo without alt text blocks, a photo without caption asks; both point at the photo', () => {
    const checks = checkForExport(article([p(t('a')), figure({ alt: ' ', caption: [] }), p(t('./.'))]));
    expect(checks.find((c) => c.code === 'photo-alt-missing')).toMatchObject({ severity: 'error', place: { kind: 'body', path: [1] }, params: { photo: 1 } });
    expect(checks.find((c) => c.code === 'caption-missing')).toMatchObject({ severity: 'warning', place: { kind: 'body', path: [1] } });
  });

  it('a photo whose master is not in the draft blocks', () => {
    const body = [figure(), figure({ media: HASH_2 }), figure({ media: 'not-a-hash' }), p(t('./.'))];
    const checks = checkForExport(article(body), { hasMedia: (h) => h === HASH_1 });
    expect(checks.filter((c) => c.code === 'photo-missing').map((c) => c.params.photo)).toEqual([2, 3]);
  });

  it('a link with a bad scheme blocks and points inside its paragraph', () => {
    const checks = checkForExport(article([figure(), p(t('Xem '), a('javascript:alert(1)', t('đây'))), p(t('./.'))]));
    expect(checks).toContainEqual({ code: 'link-unsafe', severity: 'error', place: { kind: 'body', path: [1, 1] }, params: { text: 'javascript:alert(1)' } });
  });

  it('an empty body blocks', () => {
    expect(codes(checkForExport(article([p(), p(t('  '))])))).toContain('body-empty');
  });

  it('no photo, no end mark, no date, no category: warnings only', () => {
    const checks = checkForExport(article([p(t('Bài không có dấu kết thúc.'))], { date: '', category: '' }));
    expect(codes(checks).sort()).toEqual(['category-missing', 'date-missing', 'end-mark-missing', 'main-photo-missing']);
    expect(hasBlocking(checks)).toBe(false);
    expect(checks.find((c) => c.code === 'end-mark-missing')?.place).toEqual({ kind: 'body', path: [0] });
  });

  it('the end mark is looked for on the last block with text, whatever follows it', () => {
    expect(codes(checkForExport(article([figure(), p(t('hết./.  ')), p()])))).not.toContain('end-mark-missing');
  });

  it('a very long title or sapô asks, with its length and the limit', () => {
    const checks = checkForExport(GOOD(), {});
    expect(checks).toEqual([]);
    const long = checkForExport(article([figure(), p(t('./.'))], { title: 'Tỉnh ủy '.repeat(30), sapo: 'Hà Nam '.repeat(100) }));
    expect(long.find((c) => c.code === 'title-too-long')?.params).toEqual({ count: 239, limit: 150 });
    expect(long.find((c) => c.code === 'sapo-too-long')?.params.limit).toBe(500);
  });

  it('unfilled template fields are found in the title, the sapô, the body and captions', () => {
    const checks = checkForExport(
      article([figure({ caption: [{ text: 'Ông {{ho_ten}} phát biểu', format: 0 }] }), p(t('Ngày [[ngay]] tại {{dia_diem}}./.'))], { title: 'Hội nghị {{ten_hoi_nghi}}' }),
    );
    expect(checks.filter((c) => c.code === 'placeholder-left').map((c) => c.params.text)).toEqual(['{{ten_hoi_nghi}}', '{{ho_ten}}', '[[ngay]]']);
  });

  it('what the portal cannot show is said: code-formatted text, a list not counting from 1, a photo in a table', () => {
    const checks = checkForExport(article([figure(), p(t('bỏ', S), t('mã', 16)), ul('number', [li(1, t('x'))], 4), tableNode(row(cell(0, [figure()]))), p(t('./.'))]));
    expect(codes(checks).sort()).toEqual(['format-not-published', 'list-start-lost', 'photo-not-published']);
    expect(checks.find((c) => c.code === 'photo-not-published')?.place).toEqual({ kind: 'body', path: [3, 0, 0, 0] });
  });
});

describe('check messages', () => {
  it('every check has a message in both languages, naming what it is about', () => {
    for (const code of [...BLOCKING_CHECKS, ...WARNING_CHECKS]) {
      expect(checkMessagesVi[code]({ photo: 2, count: 180, limit: 150, text: '{{x}}' }).length).toBeGreaterThan(10);
      expect(checkMessagesEn[code]({ photo: 2, count: 180, limit: 150, text: '{{x}}' }).length).toBeGreaterThan(10);
    }
    const check: ExportCheck = { code: 'photo-alt-missing', severity: 'error', place: { kind: 'body', path: [3] }, params: { photo: 2 } };
    expect(checkMessage(check, 'vi')).toContain('Ảnh 2');
    expect(checkMessage(check, 'en')).toContain('Photo 2');
    expect(checkMessage(check, 'vi')).toBe(checkMessage(check, 'vi').normalize('NFC'));
  });
});
