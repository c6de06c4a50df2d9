import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { zodErrorMap } from '@shared/ipc/zodIssueMessage';
import { errorMessages } from '@shared/i18n/errors';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@shared/i18n/locale';
import { vi } from './vi';
import { en } from './en';

const STORAGE_KEY = 'uniondesk.language';

/** The language before the backend answers: last choice on this machine, else Vietnamese. */
export function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

export function rememberLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

function applyZodLanguage(language: string) {
  z.config({ customError: zodErrorMap(isLocale(language) ? language : DEFAULT_LOCALE) });
}

export async function initI18n(locale: Locale = initialLocale()) {
  await i18n.use(initReactI18next).init({
    resources: {
      vi: { translation: vi, errors: errorMessages.vi },
      en: { translation: en, errors: errorMessages.en },
    },
    lng: locale,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
  });
  // Every zod message a form shows without its own text goes through the app's catalogue.
  applyZodLanguage(i18n.language);
  i18n.off('languageChanged', applyZodLanguage);
  i18n.on('languageChanged', applyZodLanguage);
  return i18n;
}

export { i18n };
