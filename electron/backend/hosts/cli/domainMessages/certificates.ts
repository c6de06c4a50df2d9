/** CLI texts of the certificates commands. */
export const certificatesCli = {
  vi: {},
  en: {},
} as const;
