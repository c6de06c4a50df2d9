/** CLI texts of the awards commands. */
export const awardsCli = {
  vi: {},
  en: {},
} as const;
