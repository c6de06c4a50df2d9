/** Texts of the campaigns screens (vi first; en must have the same keys). */
export const campaignsVi = {
  title: 'Phong trào thi đua',
};

export const campaignsEn: typeof campaignsVi = {
  title: 'Campaigns',
};
