/** Texts of the import wizard and exports (vi first; en must have the same keys). */
export const exchangeVi = {
  title: 'Nhập từ Excel',
};

export const exchangeEn: typeof exchangeVi = {
  title: 'Import from Excel',
};
