/** CLI texts of the campaigns commands. */
export const campaignsCli = {
  vi: {},
  en: {},
} as const;
