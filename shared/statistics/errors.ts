/** Error messages of the statistics domain: vi first, en with the same keys. */
export const statisticsErrors = {
  vi: {},
  en: {},
} as const;
