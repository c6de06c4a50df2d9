/** CLI texts of the reports commands. */
export const reportsCli = {
  vi: {},
  en: {},
} as const;
