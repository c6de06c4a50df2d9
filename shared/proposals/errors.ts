/** Error messages of the proposals domain: vi first, en with the same keys. */
export const proposalsErrors = {
  vi: {},
  en: {},
} as const;
