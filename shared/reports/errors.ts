/** Error messages of the reports domain: vi first, en with the same keys. */
export const reportsErrors = {
  vi: {},
  en: {},
} as const;
