/** Texts of the statistics screens (vi first; en must have the same keys). */
export const statisticsVi = {
  title: 'Chỉ tiêu và thống kê',
};

export const statisticsEn: typeof statisticsVi = {
  title: 'Targets and statistics',
};
