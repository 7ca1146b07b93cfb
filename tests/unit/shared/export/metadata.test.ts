import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../../../shared/export/export-node';
import { exportMetadata, packageImage, SHAREPOINT_FIELDS } from '../../../../shared/export/metadata';
import { readmeText } from '../../../../shared/export/readme-text';
import { verifyFragment } from '../../../../shared/export/verify-html';
import { countText } from '../../../../shared/text/word-count';
import { article, B, figure, p, t } from './export-fixtures';

const photo = figure({ alt: 'Toàn cảnh hội nghị', caption: [{ text: 'Các đại biểu ', format: 0 }, { text: 'dự hội nghị', format: B }], credit: 'Minh Hà' });
const draft = article([photo, p(t('Dự hội nghị có bà Lê Thị Thủy - Bí thư Tỉnh ủy.')), p(t('Tổng thu đạt 1.259,84 tỷ đồng./.'))]);
const main = {
  figure: readFigure(photo)!,
  image: packageImage('images/', 'bai-anh-chinh.jpg', 800, 533),
  thumbnail: packageImage('images/', 'bai-anh-thu-nho.jpg', 400, 300),
};
const metadata = exportMetadata({ article: draft, fragment: '<p>x</p>', main });

describe('metadata.json', () => {
  it('carries the article fields: title, sapô, category, byline, source, keywords', () => {
    expect(metadata).toMatchObject({
      title: 'Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên',
      category: 'Tin hoạt động của Lãnh đạo Tỉnh',
      byline: 'Phòng Thông tin - Báo chí',
      source: 'Cổng Thông tin điện tử tỉnh Hà Nam',
      keywords: ['Duy Tiên', 'Tỉnh ủy'],
    });
    expect(metadata.sapo).toBe(draft.meta.sapo);
  });

  it('the date as ISO and as news copy writes it', () => {
    expect(metadata.date).toEqual({ iso: '2022-05-28', display: '28/5/2022' });
    expect(exportMetadata({ article: article([], { date: '2022-01-05' }), fragment: '', main: null }).date.display).toBe('5/1/2022');
    expect(exportMetadata({ article: article([], { date: '' }), fragment: '', main: null }).date).toEqual({ iso: '', display: '' });
  });

  it('the main photo with its caption (credit included) and the thumbnail', () => {
    expect(metadata.mainPhoto).toEqual({ ...main.image, alt: 'Toàn cảnh hội nghị', caption: 'Các đại biểu dự hội nghị (Ảnh: Minh Hà)' });
    expect(metadata.thumbnail).toEqual({ file: 'images/bai-anh-thu-nho.jpg', url: 'images/bai-anh-thu-nho.jpg', width: 400, height: 300 });
  });

  it('the word count is the shared count of the published text', () => {
    const text = 'Các đại biểu dự hội nghị\n\nDự hội nghị có bà Lê Thị Thủy - Bí thư Tỉnh ủy.\n\nTổng thu đạt 1.259,84 tỷ đồng./.';
    expect(metadata.wordCount).toBe(countText(text).words);
    expect(metadata.wordCount).toBe(6 + 12 + 6);
  });

  it('every SharePoint publishing field has its value and says where it comes from', () => {
    expect(Object.keys(metadata.sharePoint).sort()).toEqual([...SHAREPOINT_FIELDS].sort());
    const sp = metadata.sharePoint;
    expect(sp.Title.value).toBe(metadata.title);
    expect(sp.Comments.value).toBe(metadata.sapo);
    expect(sp.PublishingPageContent).toEqual({ from: 'article.html', value: '<p>x</p>' });
    expect(sp.PublishingImageCaption.value).toBe('Các đại biểu dự hội nghị (Ảnh: Minh Hà)');
    expect(sp.ArticleByLine.value).toBe('Phòng Thông tin - Báo chí');
    expect(sp.ArticleStartDate.value).toBe('2022-05-28');
  });

  it('image fields are <img> fragments, as SharePoint stores them, inside the allow-list', () => {
    for (const field of ['PublishingPageImage', 'PublishingRollupImage'] as const) {
      const value = metadata.sharePoint[field].value;
      expect(verifyFragment(value)).toEqual([]);
      const img = parseFragment(value).childNodes[0] as { tagName: string; attrs: { name: string; value: string }[] };
      expect(img.tagName).toBe('img');
      expect(img.attrs.find((a) => a.name === 'alt')?.value).toBe('Toàn cảnh hội nghị');
    }
    expect(metadata.sharePoint.PublishingPageImage.value).toContain('src="images/bai-anh-chinh.jpg"');
  });

  it('without a photo the image fields are empty', () => {
    const none = exportMetadata({ article: article([p(t('x'))]), fragment: '<p>x</p>', main: null });
    expect([none.mainPhoto, none.thumbnail, none.sharePoint.PublishingPageImage.value, none.sharePoint.PublishingImageCaption.value]).toEqual([null, null, '', '']);
  });
});

describe('README.txt', () => {
  const text = readmeText(metadata, 'images/');

  it('is short, Vietnamese, and names the file of each portal field', () => {
    expect(text).toContain(metadata.title);
    for (const word of ['article.html', 'PublishingPageContent', 'preview.html', 'metadata.json', 'PublishingPageImage', 'PublishingRollupImage', main.image.file, main.thumbnail.file]) {
      expect(text).toContain(word);
    }
    expect(text.split('\r\n').length).toBeLessThan(30);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('tells where to upload the photos when the portal serves them from elsewhere', () => {
    expect(readmeText(metadata, 'https://hanam.gov.vn/PublishingImages/')).toContain('https://hanam.gov.vn/PublishingImages/');
  });
});
