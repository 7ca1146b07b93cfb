/** The notice after a paste or a drop that left something out (renderer/src/editor/paste/). */
export const pasteVi = {
  dropped: (what: string) => `Đã bỏ ${what}`,
  images: (count: number) => `${count} ảnh`,
  textBoxes: (count: number) => `${count} hộp văn bản`,
  unsupported: (count: number) => `${count} nội dung không hỗ trợ (video, khung nhúng, hình vẽ, ô nhập liệu…)`,
  highlight: 'màu tô sáng chữ',
  alignment: 'định dạng căn lề',
  and: 'và',
  files: (names: string) => `Không nhận tệp ${names}: chỉ kéo thả được ảnh; tệp Word hãy mở bằng Tệp ▸ Nhập tệp…`,
  dismiss: 'Đóng thông báo',
};

export const pasteEn: typeof pasteVi = {
  dropped: (what: string) => `Left out ${what}`,
  images: (count: number) => (count === 1 ? '1 image' : `${count} images`),
  textBoxes: (count: number) => (count === 1 ? '1 text box' : `${count} text boxes`),
  unsupported: (count: number) => `${count} unsupported item${count === 1 ? '' : 's'} (video, embedded frames, drawings, form fields…)`,
  highlight: 'highlighting',
  alignment: 'alignment',
  and: 'and',
  files: (names: string) => `Could not take ${names}: only photos can be dropped; open a Word file with File ▸ Import File…`,
  dismiss: 'Dismiss',
};
