/** Texts of the members screens (vi first; en must have the same keys). */
export const membersVi = {
  title: 'Đoàn viên',
};

export const membersEn: typeof membersVi = {
  title: 'Members',
};
