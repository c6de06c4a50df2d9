import { create } from 'zustand';
import type { AppInfo } from '@shared/ipc/contracts/app';
import type { Settings, SettingsPatch } from '@shared/settings/schema';
import type { Locale } from '@shared/i18n/locale';
import { call } from '../api/client';
import { i18n, rememberLocale } from '../i18n';
import { errorText } from '../api/errorText';

interface AppState {
  info: AppInfo | null;
  settings: Settings | null;
  loadError: string | null;
  load(): Promise<void>;
  applySettings(settings: Settings): void;
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  setLanguage(locale: Locale): Promise<void>;
}

export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  settings: null,
  loadError: null,
  async load() {
    try {
      const [info, settings] = await Promise.all([call('app:info', {}), call('settings:get', {})]);
      set({ info, loadError: null });
      get().applySettings(settings);
    } catch (error) {
      set({ loadError: errorText(error) });
    }
  },
  applySettings(settings) {
    set({ settings });
    const locale = settings['ui.language'];
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
    rememberLocale(locale);
  },
  async saveSettings(patch) {
    const settings = await call('settings:update', patch);
    get().applySettings(settings);
    return settings;
  },
  async setLanguage(locale) {
    await get().saveSettings({ 'ui.language': locale });
  },
}));
