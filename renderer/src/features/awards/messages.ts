/** Texts of the awards screens (vi first; en must have the same keys). */
export const awardsVi = {
  title: 'Quyết định khen thưởng',
};

export const awardsEn: typeof awardsVi = {
  title: 'Award decisions',
};
