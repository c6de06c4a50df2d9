import { z } from 'zod';
import type { TFunction } from 'i18next';
import { ORG_LEVELS } from '@shared/organizations/levels';
import type { Settings, SettingsPatch } from '@shared/settings/schema';

/** The settings page edits nested values; the backend stores flat keys. */
export function officeFormSchema(t: TFunction) {
  const required = (field: string) => z.string().trim().min(1, t('settings.required', { field: field.toLowerCase() }));
  return z.object({
    office: z.object({
      name: required(t('settings.officeName')),
      shortName: z.string().trim(),
      symbol: z.string().trim().regex(/^[\p{L}\p{N}]*$/u, t('settings.symbolInvalid')),
      upperName: required(t('settings.upperName')),
      placeName: required(t('settings.placeName')),
      workingYear: z.number({ error: t('settings.yearRange') }).int().min(2000, t('settings.yearRange')).max(2100, t('settings.yearRange')),
      signerName: z.string().trim().max(120, t('settings.tooLong', { max: 120 })),
      signerTitle: z.string().trim().max(120, t('settings.tooLong', { max: 120 })),
    }),
    levels: z.object(Object.fromEntries(ORG_LEVELS.map((level) => [level, required(t(`settings.levels.${level}`))]))),
  });
}

export type OfficeFormValues = z.infer<ReturnType<typeof officeFormSchema>>;

export function toFormValues(settings: Settings): OfficeFormValues {
  return {
    office: {
      name: settings['office.name'],
      shortName: settings['office.shortName'],
      symbol: settings['office.symbol'],
      upperName: settings['office.upperName'],
      placeName: settings['office.placeName'],
      workingYear: settings['office.workingYear'],
      signerName: settings['office.signerName'],
      signerTitle: settings['office.signerTitle'],
    },
    levels: Object.fromEntries(ORG_LEVELS.map((level) => [level, settings[`levels.${level}`]])),
  };
}

export function toPatch(values: OfficeFormValues): SettingsPatch {
  return {
    'office.name': values.office.name,
    'office.shortName': values.office.shortName,
    'office.symbol': values.office.symbol,
    'office.upperName': values.office.upperName,
    'office.placeName': values.office.placeName,
    'office.workingYear': values.office.workingYear,
    'office.signerName': values.office.signerName,
    'office.signerTitle': values.office.signerTitle,
    ...Object.fromEntries(ORG_LEVELS.map((level) => [`levels.${level}`, values.levels[level]])),
  };
}
