/** Error messages of the clusters domain: vi first, en with the same keys. */
export const clustersErrors = {
  vi: {},
  en: {},
} as const;
