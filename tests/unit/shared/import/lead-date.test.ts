import { describe, expect, it } from 'vitest';
import { leadDate } from '../../../../shared/import/lead-date';

describe('leadDate: the date a news lead opens with', () => {
  it.each([
    ['Chiều ngày 28/5/2022, Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Duy Tiên.', '2022-05-28'],
    ['Sáng 3/6/2022, HĐND tỉnh khai mạc kỳ họp thứ 5.', '2022-06-03'],
    ['Ngày 07/01/2023 tại Phủ Lý, …', '2023-01-07'],
    ['Tối ngày 31.12.2021, …', '2021-12-31'],
    ['Rạng sáng 2-9-2022, …', '2022-09-02'],
    ['Chiều ngày 28 tháng 5 năm 2022, …', '2022-05-28'],
    ['chiều nay (28/5/2022), …', '2022-05-28'],
  ])('%s', (lead, iso) => {
    expect(leadDate(lead)).toBe(iso);
  });

  it('only at the start, only a real calendar date, decomposed text too', () => {
    expect(leadDate('Hội nghị diễn ra chiều ngày 28/5/2022.')).toBeNull();
    expect(leadDate('Ngày 31/2/2022, …')).toBeNull();
    expect(leadDate('Ngày 28/5/22, …')).toBeNull();
    expect(leadDate('Chiều ngày 28/5/2022, …'.normalize('NFD'))).toBe('2022-05-28');
  });
});
