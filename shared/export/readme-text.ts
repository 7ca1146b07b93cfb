import type { ExportMetadata } from './metadata';

/**
 * README.txt: a short note in Vietnamese for the web team, saying which file goes to which
 * field of the portal's publishing page. Windows line endings, so that Notepad shows the lines.
 */
export function readmeText(metadata: ExportMetadata, imageBaseUrl: string): string {
  const main = metadata.mainPhoto;
  const lines = [
    'GÓI BÀI VIẾT ĐỂ ĐĂNG LÊN CỔNG THÔNG TIN ĐIỆN TỬ',
    '',
    `Bài: ${metadata.title}`,
    metadata.date.display ? `Ngày: ${metadata.date.display}` : '',
    '',
    'Các tệp trong gói:',
    '- article.html: nội dung bài. Mở bằng Notepad, chép toàn bộ và dán vào trường Nội dung trang (PublishingPageContent) ở chế độ sửa HTML.',
    '- preview.html: bản xem trước, mở bằng trình duyệt (không cần mạng) để đối chiếu sau khi đăng.',
    `- images/: ảnh đã thu nhỏ cho web. Tải cả thư mục lên thư viện ảnh của cổng${imageBaseUrl.startsWith('images/') ? '' : `, đúng địa chỉ ${imageBaseUrl}`}.`,
    main ? `- ${main.file}: ảnh chính (PublishingPageImage).` : '',
    metadata.thumbnail ? `- ${metadata.thumbnail.file}: ảnh đại diện ở trang danh sách tin (PublishingRollupImage).` : '',
    '- metadata.json: các trường của trang tin, mỗi giá trị ghi kèm tên trường trên cổng.',
    '- fonts/: phông chữ cho bản xem trước.',
    '',
    'Điền các trường của trang tin:',
    '- Tiêu đề (Title): tiêu đề bài.',
    '- Tóm tắt (Comments): sapô.',
    main ? '- Chú thích ảnh (PublishingImageCaption): chú thích của ảnh chính.' : '',
    '- Tác giả (ArticleByLine) và Ngày đăng (ArticleStartDate): xem metadata.json.',
    '',
    'Gói do Soạn Tin tạo ra. Nội dung HTML đã được kiểm tra: không có mã lệnh, chỉ có các thẻ cổng chấp nhận.',
    '',
  ];
  return lines
    .filter((line, i) => line !== '' || lines[i - 1] !== '')
    .join('\r\n');
}
