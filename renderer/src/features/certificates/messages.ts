/** Texts of the certificates screens (vi first; en must have the same keys). */
export const certificatesVi = {
  title: 'In bằng, giấy khen',
};

export const certificatesEn: typeof certificatesVi = {
  title: 'Certificate printing',
};
