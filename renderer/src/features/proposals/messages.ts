/** Texts of the proposals screens (vi first; en must have the same keys). */
export const proposalsVi = {
  title: 'Đề nghị khen thưởng',
};

export const proposalsEn: typeof proposalsVi = {
  title: 'Award proposals',
};
