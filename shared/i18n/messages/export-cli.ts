/** What `soan-tin html` and `soan-tin export` say of themselves (the refusals come from shared/export/export-messages.ts). */
export const exportCliVi = {
  htmlUsage: 'Cách dùng: soan-tin html BẢN_THẢO.tinbai [--profile CẤU_HÌNH.json]',
  exportUsage: 'Cách dùng: soan-tin export BẢN_THẢO.tinbai --out THƯ_MỤC|TỆP.zip [--profile CẤU_HÌNH.json] [--force]',
  warning: 'Lưu ý',
};

export const exportCliEn: typeof exportCliVi = {
  htmlUsage: 'Usage: soan-tin html DRAFT.tinbai [--profile PROFILE.json]',
  exportUsage: 'Usage: soan-tin export DRAFT.tinbai --out DIR|FILE.zip [--profile PROFILE.json] [--force]',
  warning: 'Note',
};
