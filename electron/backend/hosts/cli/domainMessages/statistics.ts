/** CLI texts of the statistics commands. */
export const statisticsCli = {
  vi: {},
  en: {},
} as const;
