/** CLI texts of the proposals commands. */
export const proposalsCli = {
  vi: {},
  en: {},
} as const;
