/** Error messages of the certificates domain: vi first, en with the same keys. */
export const certificatesErrors = {
  vi: {},
  en: {},
} as const;
