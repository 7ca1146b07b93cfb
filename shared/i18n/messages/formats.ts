/** Strings of the formats news copy uses beyond B I U, in the toolbar's "more" menu. */
export const formatsVi = {
  more: 'Định dạng khác',
  superscript: 'Chỉ số trên (m²)',
  subscript: 'Chỉ số dưới (CO₂)',
  strikethrough: 'Gạch ngang',
};

export const formatsEn: typeof formatsVi = {
  more: 'More formats',
  superscript: 'Superscript (m²)',
  subscript: 'Subscript (CO₂)',
  strikethrough: 'Strikethrough',
};
