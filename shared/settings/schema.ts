import { z } from 'zod';
import { nameText } from '../domain/text/cleanText';
import { LOCALES } from '../i18n/locale';

const text = (max: number) => nameText(max);
const required = (max: number) => text(max).min(1);

/**
 * Every setting the user can change, by flat key. The same schema validates the settings page,
 * the IPC input and `uniondesk settings set KEY VALUE`.
 */
export const settingShapes = {
  'office.name': required(200),
  'office.shortName': text(60),
  /** The issuer part of document symbols: "15/BC-LĐLĐ" → "LĐLĐ"; empty = derived from the names. */
  'office.symbol': text(20).regex(/^[\p{L}\p{N}]*$/u),
  'office.upperName': required(200),
  'office.placeName': required(60),
  'office.workingYear': z.coerce.number().int().min(2000).max(2100),
  /** Who signs the office's documents by default (each document can change it). */
  'office.signerName': text(120),
  'office.signerTitle': text(120),
  'levels.national': required(120),
  'levels.province': required(120),
  'levels.upper_grassroots': required(120),
  'levels.grassroots': required(120),
  'levels.sub_unit': required(120),
  'ui.language': z.enum(LOCALES),
} as const;

export type SettingKey = keyof typeof settingShapes;
export type Settings = { [K in SettingKey]: z.output<(typeof settingShapes)[K]> };
export const SETTING_KEYS = Object.keys(settingShapes) as SettingKey[];

export const settingsPatchSchema = z.object(settingShapes).partial().strict();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export function isSettingKey(key: string): key is SettingKey {
  return key in settingShapes;
}

export function defaultSettings(year: number): Settings {
  return {
    'office.name': '',
    'office.shortName': '',
    'office.symbol': '',
    'office.upperName': '',
    'office.placeName': '',
    'office.workingYear': year,
    'office.signerName': '',
    'office.signerTitle': '',
    'levels.national': 'Tổng Liên đoàn Lao động Việt Nam',
    'levels.province': 'Liên đoàn Lao động tỉnh, thành phố',
    'levels.upper_grassroots': 'Công đoàn cấp trên trực tiếp cơ sở',
    'levels.grassroots': 'Công đoàn cơ sở',
    'levels.sub_unit': 'Công đoàn bộ phận',
    'ui.language': 'vi',
  };
}
