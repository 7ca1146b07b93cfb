import type { AppErrorCode } from '../../ipc/errors';

/** What the user reads when a call fails. Calm, specific, and never a stack trace. */
export const errorsVi: Record<AppErrorCode, string> = {
  'untrusted-sender': 'Yêu cầu bị từ chối vì không đến từ cửa sổ soạn thảo.',
  'invalid-payload': 'Dữ liệu gửi đi không hợp lệ nên thao tác không được thực hiện.',
  'not-a-draft': 'Tệp này không phải là bản thảo Soạn Tin (.tinbai) hoặc đã bị hỏng. Bài đang mở không bị thay đổi.',
  'missing-article': 'Bản thảo bị thiếu nội dung bài viết (article.json). Bài đang mở không bị thay đổi.',
  'invalid-article': 'Nội dung bản thảo bị lỗi cấu trúc nên không mở được. Bài đang mở không bị thay đổi.',
  'newer-format': 'Bản thảo được tạo bằng phiên bản Soạn Tin mới hơn. Hãy cập nhật ứng dụng để mở tệp này.',
  'unsafe-entry': 'Bản thảo chứa đường dẫn không an toàn nên đã bị từ chối. Bài đang mở không bị thay đổi.',
  'too-large': 'Bản thảo quá lớn để mở hoặc lưu. Bài đang mở không bị thay đổi.',
  'file-not-found': 'Không tìm thấy tệp. Có thể tệp đã bị di chuyển hoặc xóa.',
  'folder-not-found': 'Thư mục được chọn không còn nữa (đã bị xóa, đổi tên hoặc ổ đĩa đã rút ra) nên không lưu được. Hãy chọn thư mục khác; bài viết vẫn còn nguyên trong cửa sổ.',
  'name-not-allowed': 'Tên tệp này không dùng được trên Windows (có ký tự như \\ / : * ? " < > |, tên dành riêng như CON, NUL, hoặc kết thúc bằng dấu chấm). Hãy đặt tên khác.',
  'permission-denied': 'Không có quyền đọc hoặc ghi tệp này. Hãy chọn thư mục khác.',
  'disk-full': 'Ổ đĩa đã đầy nên không lưu được. Bài viết vẫn còn nguyên trong cửa sổ.',
  'io-error': 'Không đọc hoặc ghi được tệp. Bài viết vẫn còn nguyên trong cửa sổ.',
  'path-not-allowed': 'Không được phép mở hoặc ghi tệp này từ cửa sổ soạn thảo. Hãy dùng Mở… hoặc Lưu thành… để chọn tệp.',
  internal: 'Đã xảy ra lỗi không mong muốn. Bài viết vẫn còn nguyên trong cửa sổ.',
};

export const errorsEn: Record<AppErrorCode, string> = {
  'untrusted-sender': 'The request was refused because it did not come from the editor window.',
  'invalid-payload': 'The request carried invalid data, so nothing was done.',
  'not-a-draft': 'This file is not a Soạn Tin draft (.tinbai) or it is damaged. The open article was not changed.',
  'missing-article': 'The draft has no article content (article.json). The open article was not changed.',
  'invalid-article': 'The draft content is malformed and cannot be opened. The open article was not changed.',
  'newer-format': 'This draft was made by a newer version of Soạn Tin. Update the app to open it.',
  'unsafe-entry': 'The draft contains an unsafe path and was refused. The open article was not changed.',
  'too-large': 'The draft is too large to open or save. The open article was not changed.',
  'file-not-found': 'The file was not found. It may have been moved or deleted.',
  'folder-not-found': 'The chosen folder no longer exists (deleted, renamed, or its drive removed), so the draft was not saved. Choose another folder; your article is still in the window.',
  'name-not-allowed': 'This file name cannot be used on Windows (characters such as \\ / : * ? " < > |, a reserved name such as CON or NUL, or a trailing dot). Choose another name.',
  'permission-denied': 'No permission to read or write this file. Choose another folder.',
  'disk-full': 'The disk is full, so the draft was not saved. Your article is still in the window.',
  'io-error': 'The file could not be read or written. Your article is still in the window.',
  'path-not-allowed': 'The editor window may not open or write this file. Use Open… or Save As… to choose it.',
  internal: 'Something unexpected went wrong. Your article is still in the window.',
};
