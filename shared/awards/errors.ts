/** Error messages of the awards domain: vi first, en with the same keys. */
export const awardsErrors = {
  vi: {},
  en: {},
} as const;
