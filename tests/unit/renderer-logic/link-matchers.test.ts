import { describe, expect, it } from 'vitest';
import { findLink } from '../../../renderer/src/editor/autolink/link-matchers';
import { isSafeHref } from '../../../shared/paste/safe-href';

const link = (text: string) => {
  const found = findLink(text);
  return found && { text: found.text, url: found.url, at: text.slice(found.index, found.index + found.length) };
};

describe('addresses in news copy become links', () => {
  it('with a scheme, starting www., or a bare domain of a Vietnamese office; the sentence’s full stop is not part of it', () => {
    expect(link('Xem thêm tại https://hanam.gov.vn/Pages/tin-tuc.aspx?id=12.')).toMatchObject({ url: 'https://hanam.gov.vn/Pages/tin-tuc.aspx?id=12' });
    expect(link('Chi tiết trên www.baohanam.com.vn, mục Thời sự')).toMatchObject({ text: 'www.baohanam.com.vn', url: 'https://www.baohanam.com.vn' });
    expect(link('Cổng thông tin hanam.gov.vn.')).toMatchObject({ text: 'hanam.gov.vn', url: 'https://hanam.gov.vn' });
    expect(link('(nguồn: “http://duytien.hanam.gov.vn”)')).toMatchObject({ text: 'http://duytien.hanam.gov.vn' });
  });

  it('an e-mail address becomes a mailto link', () => {
    expect(link('Gửi bài về toasoan@baohanam.com.vn trước 17 giờ.')).toMatchObject({ text: 'toasoan@baohanam.com.vn', url: 'mailto:toasoan@baohanam.com.vn' });
  });

  it('abbreviations and numbers with dots are not addresses', () => {
    for (const text of ['TP.HCM', 'v.v.', 'Nghị định số 15/2020/NĐ-CP', '76.300 tỷ đồng', 'Q.1, TP. Hà Nội', 'ông Nguyễn V.A.']) {
      expect(link(text), text).toBeNull();
    }
  });

  it('never a scheme the body refuses: javascript:, data:, file: stay text', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<script>', 'file:///C:/x.docx', 'ftp://may-chu.vn/tep']) {
      const found = findLink(text);
      if (found) expect(isSafeHref(found.url)).toBe(true);
      expect(found?.url.startsWith('javascript') ?? false).toBe(false);
    }
    expect(findLink('javascript:alert(1)')).toBeNull();
  });

  it('brackets the address opened stay, the sentence’s closing one goes', () => {
    expect(link('(xem https://vi.wikipedia.org/wiki/Hà_Nam_(tỉnh))')).toMatchObject({ text: 'https://vi.wikipedia.org/wiki/Hà_Nam_(tỉnh)' });
  });
});
