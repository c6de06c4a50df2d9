/** Texts of the reports screens (vi first; en must have the same keys). */
export const reportsVi = {
  title: 'Báo cáo tổng kết',
};

export const reportsEn: typeof reportsVi = {
  title: 'Year-end report',
};
