/** Texts of the grassroots-union screens (vi first; en must have the same keys). */
export const unionsVi = {
  title: 'Công đoàn cơ sở',
};

export const unionsEn: typeof unionsVi = {
  title: 'Grassroots unions',
};
