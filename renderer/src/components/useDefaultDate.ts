import { todayIso } from '@shared/domain/format/date';
import { defaultDateInYear } from '@shared/domain/format/typedDate';
import { useAppStore } from '../stores/appStore';

/** The date a new form starts with, inside the working year (today only when that is this year). */
export function useDefaultDate(): string {
  const today = todayIso();
  const workingYear = useAppStore((s) => s.settings?.['office.workingYear']) ?? Number(today.slice(0, 4));
  return defaultDateInYear(workingYear, today);
}
