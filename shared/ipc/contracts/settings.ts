import { z } from 'zod';
import { channel } from '../channel';
import { settingsPatchSchema, type Settings } from '../../settings/schema';
import { baseSalaryInputSchema, type BaseSalaryRow } from '../../settings/baseSalary';
import { idSchema } from '../../domain/schemas';

export const settingsContract = {
  'settings:get': channel(z.object({}).strict()).returns<Settings>(),
  'settings:update': channel(settingsPatchSchema).returns<Settings>(),
  'baseSalary:list': channel(z.object({}).strict()).returns<BaseSalaryRow[]>(),
  'baseSalary:save': channel(baseSalaryInputSchema).returns<BaseSalaryRow[]>(),
  'baseSalary:delete': channel(z.object({ id: idSchema }).strict()).returns<BaseSalaryRow[]>(),
};
