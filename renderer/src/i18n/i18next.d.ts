import type { ErrorCode } from '@shared/i18n/errors';
import type { Messages } from './types';

// `t('…')` with a key that vi.ts does not have fails the typecheck; en.ts is typed by vi.ts (types.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: Messages;
      errors: Record<ErrorCode, string>;
    };
  }
}
