import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
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
  return i18n;
}

export { i18n };
