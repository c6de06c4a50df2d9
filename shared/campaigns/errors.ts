/** Error messages of the campaigns domain: vi first, en with the same keys. */
export const campaignsErrors = {
  vi: {},
  en: {},
} as const;
