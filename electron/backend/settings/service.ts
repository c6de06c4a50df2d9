import {
  SETTING_KEYS,
  defaultSettings,
  settingShapes,
  type SettingKey,
  type Settings,
  type SettingsPatch,
} from '../../../shared/settings/schema';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/i18n/locale';
import type { Db } from '../db/connection';
import type { BackendContext } from '../core/context';
import { writeAudit } from '../audit';
import { syncOfficeOrganizations } from '../organizations';
import { readAllSettings, readSetting, writeSetting } from './repository';

export const SETUP_DONE_KEY = 'setup.done';

export function getSettings(db: Db, now: Date): Settings {
  const stored = readAllSettings(db);
  const settings = defaultSettings(now.getFullYear());
  for (const key of SETTING_KEYS) {
    const parsed = settingShapes[key].safeParse(stored.get(key));
    if (parsed.success) (settings as Record<SettingKey, unknown>)[key] = parsed.data;
  }
  return settings;
}

export function storedLocale(db: Db): Locale {
  const value = readSetting(db, 'ui.language');
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function isSetupDone(db: Db): boolean {
  return readSetting(db, SETUP_DONE_KEY) === true;
}

/** Writes only what changed, with one audit row per key, in one transaction. */
export function updateSettings(ctx: BackendContext, patch: SettingsPatch): Settings {
  const { db } = ctx;
  const at = ctx.now().toISOString();
  db.transaction(() => {
    const before = getSettings(db, ctx.now());
    for (const [key, raw] of Object.entries(patch) as [SettingKey, unknown][]) {
      if (raw === undefined) continue;
      const value = settingShapes[key].parse(raw);
      if (before[key] === value) continue;
      writeSetting(db, key, value, at);
      writeAudit(db, ctx.actor, at, { action: 'update', entity: 'settings', entityId: key, before: before[key], after: value });
    }
    syncOfficeOrganizations(db, getSettings(db, ctx.now()), at);
  })();
  return getSettings(db, ctx.now());
}

export function markSetupDone(db: Db, at: string): void {
  writeSetting(db, SETUP_DONE_KEY, true, at);
}
