/** What `soan-tin new` and `soan-tin templates` say; each message is printed Vietnamese first, then English. */
export const templateCliVi = {
  newUsage: 'Cách dùng: soan-tin new --template MẪU|TỆP_MẪU.json --fields TRƯỜNG.json [--directory DANH_BẠ.json|.csv] --out BẢN_THẢO.tinbai [--force] [--templates-dir THƯ_MỤC]',
  templatesUsage: 'Cách dùng: soan-tin templates [--templates-dir THƯ_MỤC]',
  unknownTemplate: (name: string, known: string) => `Không có mẫu “${name}” (các mẫu: ${known}).`,
  skippedTemplate: (file: string, reason: string) => `Bỏ qua tệp mẫu ${file}: ${reason}`,
  unreadable: (path: string) => `Không đọc được tệp ${path}.`,
  templateMismatch: (fields: string, template: string) => `Tệp trường ghi mẫu “${fields}” nhưng lệnh dùng mẫu “${template}”.`,
  missingField: (names: string) => `Tiêu đề và sapô cần trường ${names} nhưng tệp trường để trống.`,
  unknownPerson: (id: string) => `Không có người mã “${id}” trong danh bạ.`,
  needsDirectory: (id: string) => `Tệp trường gọi người mã “${id}” trong danh bạ; hãy thêm --directory DANH_BẠ.`,
  badDirectory: (reason: string) => `Danh bạ không hợp lệ: ${reason}`,
  outExists: (path: string) => `Tệp ${path} đã có; thêm --force để ghi đè.`,
};

export const templateCliEn: typeof templateCliVi = {
  newUsage: 'Usage: soan-tin new --template ID|TEMPLATE.json --fields FIELDS.json [--directory DIRECTORY.json|.csv] --out DRAFT.tinbai [--force] [--templates-dir DIR]',
  templatesUsage: 'Usage: soan-tin templates [--templates-dir DIR]',
  unknownTemplate: (name: string, known: string) => `There is no template “${name}” (known: ${known}).`,
  skippedTemplate: (file: string, reason: string) => `Skipped the template file ${file}: ${reason}`,
  unreadable: (path: string) => `Cannot read the file ${path}.`,
  templateMismatch: (fields: string, template: string) => `The fields file is for the template “${fields}” but the command uses “${template}”.`,
  missingField: (names: string) => `The title and sapô need the field ${names}, which the fields file leaves empty.`,
  unknownPerson: (id: string) => `There is nobody with the id “${id}” in the directory.`,
  needsDirectory: (id: string) => `The fields name the directory person “${id}”; add --directory DIRECTORY.`,
  badDirectory: (reason: string) => `The directory is not valid: ${reason}`,
  outExists: (path: string) => `${path} already exists; add --force to overwrite it.`,
};
