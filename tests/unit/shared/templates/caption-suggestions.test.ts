import { describe, expect, it } from 'vitest';
import { captionSuggestionsFor, orderCaptionSuggestions } from '../../../../shared/templates/caption-suggestions';

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

describe('captionSuggestionsFor', () => {
  it('offers every suggestion while the caption is empty', () => {
    expect(captionSuggestionsFor(captions, '')).toEqual(captions);
  });
  it('keeps those holding what was typed, tone marks and case not counting', () => {
    expect(captionSuggestionsFor(captions, 'dai bieu')).toEqual([captions[0]]);
    expect(captionSuggestionsFor(captions, 'THỦY')).toEqual([captions[1]]);
    expect(captionSuggestionsFor(captions, 'hội nghị')).toEqual(captions);
    expect(captionSuggestionsFor(captions, 'khen thưởng')).toEqual([]);
  });
  it('does not offer the caption the figure already reads', () => {
    expect(captionSuggestionsFor(captions, 'Các đại biểu dự hội nghị'.normalize('NFD'))).toEqual([]);
  });
});
