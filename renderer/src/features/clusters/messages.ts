/** Texts of the clusters screens (vi first; en must have the same keys). */
export const clustersVi = {
  title: 'Cụm, khối thi đua',
};

export const clustersEn: typeof clustersVi = {
  title: 'Clusters and blocks',
};
