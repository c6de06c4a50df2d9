import { interpolate, type Locale } from './locale';
import { coreErrors } from './coreErrors';
import { campaignsErrors } from '../campaigns/errors';
import { clustersErrors } from '../clusters/errors';
import { statisticsErrors } from '../statistics/errors';
import { awardsErrors } from '../awards/errors';
import { proposalsErrors } from '../proposals/errors';
import { certificatesErrors } from '../certificates/errors';
import { reportsErrors } from '../reports/errors';
import { setupErrors } from '../setup/errors';
import { safetyErrors } from '../safety/errors';
import { grassrootsFormsErrors } from '../grassrootsForms/errors';
import { upwardErrors } from '../upward/errors';
import { upperRollupErrors } from '../upperRollup/errors';
import { auditErrors } from '../audit/errors';

/**
 * Error messages shared by the backend (CLI, IPC) and the renderer's i18next "errors" namespace:
 * the foundation's codes and each domain's own catalogue (shared/<domain>/errors.ts).
 */
const vi = {
  ...coreErrors.vi,
  ...campaignsErrors.vi,
  ...clustersErrors.vi,
  ...statisticsErrors.vi,
  ...awardsErrors.vi,
  ...proposalsErrors.vi,
  ...certificatesErrors.vi,
  ...reportsErrors.vi,
  ...setupErrors.vi,
  ...safetyErrors.vi,
  ...grassrootsFormsErrors.vi,
  ...upwardErrors.vi,
  ...upperRollupErrors.vi,
  ...auditErrors.vi,
};

export type ErrorCode = keyof typeof vi;

export const errorMessages: Record<Locale, Record<ErrorCode, string>> = {
  vi,
  en: {
    ...coreErrors.en,
    ...campaignsErrors.en,
    ...clustersErrors.en,
    ...statisticsErrors.en,
    ...awardsErrors.en,
    ...proposalsErrors.en,
    ...certificatesErrors.en,
    ...reportsErrors.en,
    ...setupErrors.en,
    ...safetyErrors.en,
    ...grassrootsFormsErrors.en,
    ...upwardErrors.en,
    ...upperRollupErrors.en,
    ...auditErrors.en,
  },
};

export function errorMessage(locale: Locale, code: ErrorCode, params?: Record<string, unknown>): string {
  return interpolate(errorMessages[locale][code], params);
}
