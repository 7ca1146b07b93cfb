/** The "@" picker's words: people of the leader directory offered in the body and the Mẫu tab's fields. */
export const mentionVi = {
  listLabel: 'Chọn người trong danh bạ lãnh đạo',
  formLabel: 'Cách viết',
  formFull: 'Đầy đủ chức danh',
  formShort: 'Ngắn gọn',
  otherFormHint: 'Enter: chèn · Shift+Enter: cách viết còn lại · Esc: đóng',
  outOfOffice: 'không đương nhiệm vào ngày của bài',
  noMatch: (query: string) => `Không có ai trong danh bạ khớp “${query}”`,
  emptyDirectory: 'Danh bạ lãnh đạo đang trống — thêm người ở tab Mẫu › Danh bạ lãnh đạo…',
  addsAttendee: 'thêm vào danh sách dự',
};

export const mentionEn: typeof mentionVi = {
  listLabel: 'Choose a person from the leader directory',
  formLabel: 'Written as',
  formFull: 'Full title chain',
  formShort: 'Short form',
  otherFormHint: 'Enter: insert · Shift+Enter: the other form · Esc: close',
  outOfOffice: 'not in office on the article’s date',
  noMatch: (query: string) => `No one in the directory matches “${query}”`,
  emptyDirectory: 'The leader directory is empty — add people in Template › Leader directory…',
  addsAttendee: 'add to the attendees',
};
