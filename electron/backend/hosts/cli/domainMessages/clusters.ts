/** CLI texts of the clusters commands. */
export const clustersCli = {
  vi: {},
  en: {},
} as const;
