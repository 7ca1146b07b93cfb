import { describe, expect, it } from 'vitest';
import { orderCaptionSuggestions } from '../../../../shared/templates/caption-suggestions';

const captions = ['Các đại biểu dự hội nghị', 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị'];

describe('orderCaptionSuggestions', () => {
  it('keeps the template order when no figure has a caption yet', () => {
    expect(orderCaptionSuggestions(captions, [])).toEqual(captions);
  });
  it('offers the first caption not yet used by another figure first', () => {
    expect(orderCaptionSuggestions(captions, ['Các đại biểu dự hội nghị'])).toEqual([captions[1], captions[0]]);
  });
  it('recognises a used caption typed in decomposed form or with extra spaces', () => {
    const nfd = ' Các  đại biểu dự hội nghị '.normalize('NFD');
    expect(orderCaptionSuggestions(captions, [nfd])[0]).toBe(captions[1]);
  });
  it('offers nothing without template captions, and drops blanks and repeats', () => {
    expect(orderCaptionSuggestions([], ['x'])).toEqual([]);
    expect(orderCaptionSuggestions(['', captions[0], captions[0]], [])).toEqual([captions[0]]);
  });
});
