/**
 * The categories a provincial portal's news section usually has. Offered as suggestions;
 * the officer may type any other category the portal uses.
 */
export const PORTAL_CATEGORIES = [
  'Tin hoạt động của Lãnh đạo Tỉnh',
  'Tin tức - Sự kiện',
  'Tin Chính trị',
  'Tin Kinh tế',
  'Tin Văn hóa - Xã hội',
  'Tin Quốc phòng - An ninh',
  'Tin địa phương',
  'Chỉ đạo điều hành',
  'Thông báo',
  'Cải cách hành chính',
] as const;
