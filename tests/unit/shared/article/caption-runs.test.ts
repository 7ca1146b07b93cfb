import { describe, expect, it } from 'vitest';
import { captionLetters, normalizeCaptionRuns, sameCaption } from '../../../../shared/article/caption-runs';
import { TEXT_FORMAT } from '../../../../shared/article/body-nodes';

const { bold, italic, underline } = TEXT_FORMAT;

describe('caption runs as the draft keeps them', () => {
  it('joins neighbours of one format and drops empty runs', () => {
    expect(
      normalizeCaptionRuns([
        { text: 'Bí thư Tỉnh ủy ', format: 0 },
        { text: '', format: bold },
        { text: 'Lê Thị ', format: bold },
        { text: 'Thủy', format: bold },
        { text: ' phát biểu', format: 0 },
      ]),
    ).toEqual([
      { text: 'Bí thư Tỉnh ủy ', format: 0 },
      { text: 'Lê Thị Thủy', format: bold },
      { text: ' phát biểu', format: 0 },
    ]);
  });

  it('keeps only bold and italic: an underline from a paste is taken off', () => {
    expect(normalizeCaptionRuns([{ text: 'Hội nghị', format: bold | underline }, { text: ' tỉnh', format: underline }])).toEqual([
      { text: 'Hội nghị', format: bold },
      { text: ' tỉnh', format: 0 },
    ]);
  });

  it('is one line in NFC: breaks, tabs and repeated spaces read as one space, none at the ends', () => {
    const runs = normalizeCaptionRuns([
      { text: '  Các đại biểu\n'.normalize('NFD'), format: 0 },
      { text: ' \tdự hội nghị  ', format: italic },
    ]);
    expect(runs).toEqual([
      { text: 'Các đại biểu ', format: 0 },
      { text: 'dự hội nghị', format: italic },
    ]);
    expect(captionLetters(runs)).toBe('Các đại biểu dự hội nghị');
  });

  it('compares captions as a reader sees them: letters and bold/italic, not how the runs are cut', () => {
    expect(sameCaption([{ text: 'Lê ', format: bold }, { text: 'Thị', format: bold }], [{ text: 'Lê Thị ', format: bold }])).toBe(true);
    expect(sameCaption([{ text: 'Lê Thị', format: bold }], [{ text: 'Lê Thị', format: italic }])).toBe(false);
    expect(sameCaption([], [{ text: ' ', format: 0 }])).toBe(true);
  });
});
