/** Strings of the editor window. Every visible word of the page comes from here. */
export const uiVi = {
  appName: 'Soạn Tin',
};

export const uiEn: typeof uiVi = {
  appName: 'Soạn Tin',
};
