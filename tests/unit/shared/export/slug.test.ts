import { describe, expect, it } from 'vitest';
import { articleSlug, FALLBACK_SLUG, MAX_SLUG_LENGTH, packageName } from '../../../../shared/export/slug';
import { REFERENCE_TITLE } from './export-fixtures';

// The 67 lower-case letters of Vietnamese with their base letter (each vowel with its five tones).
const VOWELS: Record<string, string> = {
  a: 'aàáảãạ', ă: 'ăằắẳẵặ', â: 'âầấẩẫậ', e: 'eèéẻẽẹ', ê: 'êềếểễệ', i: 'iìíỉĩị',
  o: 'oòóỏõọ', ô: 'ôồốổỗộ', ơ: 'ơờớởỡợ', u: 'uùúủũụ', ư: 'ưừứửữự', y: 'yỳýỷỹỵ',
};
const BASE: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u' };

function vietnameseLetters(): [string, string][] {
  const pairs: [string, string][] = [['đ', 'd']];
  for (const [vowel, forms] of Object.entries(VOWELS)) for (const letter of forms) pairs.push([letter, BASE[vowel] ?? vowel]);
  return pairs.flatMap(([lower, ascii]) => [
    [lower, ascii],
    [lower.toUpperCase(), ascii],
  ]);
}

describe('the package slug', () => {
  it('the reference title folds to the portal-style address', () => {
    expect(articleSlug(REFERENCE_TITLE)).toBe('hoi-nghi-ban-thuong-vu-tinh-uy-lam-viec-voi-ban-thuong-vu-thi-uy-duy-tien');
  });

  it('every Vietnamese letter, composed or decomposed, folds to its ASCII base (Đ is d, not dj)', () => {
    const letters = vietnameseLetters();
    expect(letters).toHaveLength(146); // 134 letters with marks and the 12 bare vowels, both cases
    for (const [letter, ascii] of letters) {
      expect(articleSlug(`x ${letter.normalize('NFC')} x`), letter).toBe(`x-${ascii}-x`);
      expect(articleSlug(`x ${letter.normalize('NFD')} x`), `${letter} NFD`).toBe(`x-${ascii}-x`);
    }
  });

  it('abbreviations and mixed case stay one word; punctuation and figures become separators', () => {
    expect(articleSlug('HĐND tỉnh thông qua 12 nghị quyết, giá trị 76.300 tỷ đồng (tăng 19,29%)')).toBe(
      'hdnd-tinh-thong-qua-12-nghi-quyet-gia-tri-76-300-ty-dong-tang-19-29',
    );
    expect(articleSlug('Ứng dụng iPhone cho UBND')).toBe('ung-dung-iphone-cho-ubnd');
  });

  it('a long title is cut at a word, never longer than the bound', () => {
    const long = 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai khóa XX nhiệm kỳ 2020 - 2025 thảo luận nhiều nội dung quan trọng';
    const slug = articleSlug(long);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(articleSlug(long + ' thêm')).toBe(slug);
    expect(slug.endsWith('-')).toBe(false);
    expect(articleSlug(long).split('-').every((word) => articleSlug(long + ' x').split('-').includes(word))).toBe(true);
  });

  it('a title with nothing to spell falls back to a fixed name', () => {
    expect(articleSlug('')).toBe(FALLBACK_SLUG);
    expect(articleSlug('  …  ./. ')).toBe(FALLBACK_SLUG);
    expect(articleSlug('中文标题')).toMatch(/^[a-z0-9-]+$/);
  });

  it('a folder is named by the slug, an archive adds .zip', () => {
    expect(packageName(REFERENCE_TITLE, 'zip')).toBe('hoi-nghi-ban-thuong-vu-tinh-uy-lam-viec-voi-ban-thuong-vu-thi-uy-duy-tien.zip');
    expect(packageName('Tin mới', 'folder')).toBe('tin-moi');
  });
});
