/** What the legacy-encoding tests share: the letters, real sentences, and both readings of bytes. */

/** The 67 lower-case Vietnamese letters outside ASCII, typed out (not derived from the code under test). */
export const ALL_LOWER = [
  ...'áàảãạ',
  ...'ăắằẳẵặ',
  ...'âấầẩẫậ',
  ...'đ',
  ...'éèẻẽẹ',
  ...'êếềểễệ',
  ...'íìỉĩị',
  ...'óòỏõọ',
  ...'ôốồổỗộ',
  ...'ơớờởỡợ',
  ...'úùủũụ',
  ...'ưứừửữự',
  ...'ýỳỷỹỵ',
];

export const ALL_UPPER = ALL_LOWER.map((letter) => letter.toUpperCase());

/** Sentences of the reference article (a provincial portal's report of 28/5/2022), as published. */
export const REFERENCE_SENTENCES = [
  'Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên',
  'Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; bà Đinh Thị Lụa - Phó Bí thư Thường trực Tỉnh ủy; ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh - Trưởng đoàn Đại biểu Quốc hội tỉnh; Ủy viên BTV Tỉnh ủy; lãnh đạo UBND tỉnh; đại diện lãnh đạo các sở, ngành; BTV Thị ủy Duy Tiên...',
  'Thu nhập bình quân đầu người năm 2021 đạt 65,50 triệu đồng, tăng 12,93% so với năm 2020; giá trị sản xuất công nghiệp đạt trên 76.300 tỷ đồng, tăng 19,29% so với năm 2020.',
  'Bí thư Tỉnh ủy cũng đề nghị Ban Chấp hành, BTV Thị ủy nghiêm túc tiếp thu ý kiến đóng góp của các đại biểu để hoàn thành tốt các chỉ tiêu, nhiệm vụ mà nghị quyết đại hội Đảng các cấp đã đề ra./.',
];

/** Bytes as Word and the clipboard give them: the Windows-1252 reading (0x93 is “). */
export const cp1252Reading = (bytes: readonly number[]): string => new TextDecoder('windows-1252').decode(new Uint8Array(bytes));

/** Bytes as some importers give them: the Latin-1 reading (0x93 is the control U+0093). */
export const latin1Reading = (bytes: readonly number[]): string => String.fromCharCode(...bytes);

/** UTF-8 bytes of a text read back as Windows-1252: one encoding layer too many. */
export const doubleUtf8 = (text: string): string => cp1252Reading([...new TextEncoder().encode(text)]);
