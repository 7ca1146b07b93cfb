/** The command line's own words; each message is printed Vietnamese first, then English. */
export const cliVi = {
  usage: `Cách dùng: soan-tin <lệnh> [tùy chọn]

Lệnh:
  info BẢN_THẢO.tinbai     thông tin bản thảo (tiêu đề, sapô, số từ, ảnh, các phần trong tệp) dạng JSON
  photos add BẢN_THẢO.tinbai ẢNH… [--caption CHÚ_THÍCH]
                           chèn ảnh vào cuối bài (xoay đúng chiều, bỏ GPS và EXIF)
  new --template MẪU|TỆP_MẪU.json --fields TRƯỜNG.json [--directory DANH_BẠ] --out BẢN_THẢO.tinbai [--force] [--templates-dir THƯ_MỤC]
                           bài mới theo mẫu: tiêu đề, sapô, thành phần dự, lời chỉ đạo, khung bài
  templates [--templates-dir THƯ_MỤC]
                           các mẫu có sẵn và mẫu của tôi (mã, tên, trường, nguồn) dạng JSON
  import TỆP.docx|.html|.txt --out BẢN_THẢO.tinbai [--encoding auto|tcvn3|vni|viqr|unicode] [--force]
                           nhập tệp Word, trang web hoặc văn bản thành bản thảo mới
  convert --from tcvn3|vni|viqr|unicode|auto [TỆP]
                           chuyển mã văn bản (tệp hoặc đầu vào chuẩn) sang Unicode dựng sẵn
  html BẢN_THẢO.tinbai [--profile CẤU_HÌNH.json]
                           HTML của bài cho trường nội dung của cổng, ra đầu ra chuẩn
  export BẢN_THẢO.tinbai --out THƯ_MỤC|TỆP.zip [--profile CẤU_HÌNH.json] [--force]
                           xuất gói cho cổng: article.html, preview.html, images/, metadata.json, README.txt
  --help, -h               trang này
  --version, -V            phiên bản

Mở một bản thảo trong cửa sổ: soan-tin BẢN_THẢO.tinbai`,
  unknownVerb: (verb: string) => `Không có lệnh "${verb}". Gõ soan-tin --help để xem các lệnh.`,
  missingDraft: (verb: string) => `Lệnh ${verb} cần đường dẫn tới một bản thảo .tinbai.`,
  unexpected: 'Đã xảy ra lỗi không mong muốn.',
  photosUsage: 'Cách dùng: soan-tin photos add BẢN_THẢO.tinbai ẢNH… [--caption CHÚ_THÍCH]',
  importUsage: 'Cách dùng: soan-tin import TỆP.docx|.html|.txt --out BẢN_THẢO.tinbai [--encoding auto|tcvn3|vni|viqr|unicode] [--force]',
  convertUsage: 'Cách dùng: soan-tin convert --from tcvn3|vni|viqr|unicode|auto [TỆP]',
  outExists: (path: string) => `Tệp ${path} đã có; thêm --force để ghi đè.`,
};

export const cliEn: typeof cliVi = {
  usage: `Usage: soan-tin <command> [options]

Commands:
  info DRAFT.tinbai        the draft's details (title, sapô, word count, photos, entries) as JSON
  photos add DRAFT.tinbai PHOTO… [--caption TEXT]
                           appends photos to the article (upright, without GPS and EXIF)
  new --template ID|TEMPLATE.json --fields FIELDS.json [--directory DIRECTORY] --out DRAFT.tinbai [--force] [--templates-dir DIR]
                           a new draft from a template: title, sapô, attendees, directive opening, skeleton
  templates [--templates-dir DIR]
                           the built-in templates and my templates (id, name, fields, source) as JSON
  import FILE.docx|.html|.txt --out DRAFT.tinbai [--encoding auto|tcvn3|vni|viqr|unicode] [--force]
                           imports a Word, web page or text file as a new draft
  convert --from tcvn3|vni|viqr|unicode|auto [FILE]
                           converts text (a file or standard input) to precomposed Unicode
  html DRAFT.tinbai [--profile PROFILE.json]
                           the article's HTML for the portal's body field, to standard output
  export DRAFT.tinbai --out DIR|FILE.zip [--profile PROFILE.json] [--force]
                           the package for the portal: article.html, preview.html, images/, metadata.json, README.txt
  --help, -h               this page
  --version, -V            the version

Open a draft in the window: soan-tin DRAFT.tinbai`,
  unknownVerb: (verb: string) => `There is no command "${verb}". Type soan-tin --help for the commands.`,
  missingDraft: (verb: string) => `The ${verb} command needs the path of a .tinbai draft.`,
  unexpected: 'Something unexpected went wrong.',
  photosUsage: 'Usage: soan-tin photos add DRAFT.tinbai PHOTO… [--caption TEXT]',
  importUsage: 'Usage: soan-tin import FILE.docx|.html|.txt --out DRAFT.tinbai [--encoding auto|tcvn3|vni|viqr|unicode] [--force]',
  convertUsage: 'Usage: soan-tin convert --from tcvn3|vni|viqr|unicode|auto [FILE]',
  outExists: (path: string) => `${path} already exists; add --force to overwrite it.`,
};
