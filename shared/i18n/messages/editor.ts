/** Strings of the editing surface: toolbar, link editor, table menu, paste notices. */
export const editorVi = {
  placeholder: 'Viết nội dung bài…',
};

export const editorEn: typeof editorVi = {
  placeholder: 'Write the article…',
};
