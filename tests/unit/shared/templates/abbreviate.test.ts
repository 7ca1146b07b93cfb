import { describe, expect, it } from 'vitest';
import { abbreviateRecurring, useAbbreviations } from '../../../../shared/templates/abbreviate';

describe('abbreviateRecurring', () => {
  it('leaves a body name written once in full', () => {
    expect(abbreviateRecurring(['Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Kim Bảng.', 'Dự có Ủy viên BTV Tỉnh ủy.']).texts).toEqual([
      'Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Kim Bảng.',
      'Dự có Ủy viên BTV Tỉnh ủy.',
    ]);
  });

  it('defines a recurring name at first use and abbreviates it after, across texts in order', () => {
    const { texts, defined } = abbreviateRecurring([
      'Hội đồng nhân dân tỉnh làm việc với Sở Tài chính.',
      'Dự có bà A - Phó Chủ tịch Hội đồng nhân dân tỉnh; ông B - Chủ tịch Hội đồng nhân dân huyện.',
    ]);
    expect(texts).toEqual([
      'Hội đồng nhân dân (HĐND) tỉnh làm việc với Sở Tài chính.',
      'Dự có bà A - Phó Chủ tịch HĐND tỉnh; ông B - Chủ tịch HĐND huyện.',
    ]);
    expect(defined.map((d) => d.short)).toEqual(['HĐND']);
  });

  it('handles several names at once and both tone placements as one name', () => {
    const { texts } = abbreviateRecurring([
      'Ban Chấp hành Đảng bộ tỉnh và Uỷ ban nhân dân tỉnh họp với Ban Chấp hành Đảng bộ huyện và Ủy ban nhân dân huyện.',
    ]);
    expect(texts[0]).toBe('Ban Chấp hành (BCH) Đảng bộ tỉnh và Uỷ ban nhân dân (UBND) tỉnh họp với BCH Đảng bộ huyện và UBND huyện.');
  });

  it('matches whole words only, and does not define twice what the officer already defined', () => {
    expect(abbreviateRecurring(['Ban Thường vụ (BTV) Tỉnh ủy và Ban Thường vụ Thị ủy.']).texts[0]).toBe('Ban Thường vụ (BTV) Tỉnh ủy và BTV Thị ủy.');
    expect(abbreviateRecurring(['Tiểu Ban Thường vụụ và Ban Thường vụ.']).texts[0]).toBe('Tiểu Ban Thường vụụ và Ban Thường vụ.');
  });

  it('does not define an abbreviation already used before the name is written out', () => {
    expect(
      abbreviateRecurring(['Thường trực HĐND tỉnh tiếp Đoàn đại biểu Hội đồng nhân dân tỉnh Viêng Chăn.', 'Dự có B - Phó Chủ tịch Hội đồng nhân dân tỉnh.']).texts,
    ).toEqual(['Thường trực HĐND tỉnh tiếp Đoàn đại biểu HĐND tỉnh Viêng Chăn.', 'Dự có B - Phó Chủ tịch HĐND tỉnh.']);
  });

  it('later parts use what was defined, and nothing else', () => {
    const { defined } = abbreviateRecurring(['Ủy ban nhân dân tỉnh làm việc với Ủy ban nhân dân huyện.']);
    expect(useAbbreviations('Chủ tịch Ủy ban nhân dân tỉnh, Chủ tịch Hội đồng nhân dân tỉnh', defined)).toBe(
      'Chủ tịch UBND tỉnh, Chủ tịch Hội đồng nhân dân tỉnh',
    );
  });
});
