import { useState } from 'react';
import { routeParams } from '../app/routes';
import { useAppStore } from '../stores/appStore';

/** The year shown: ?year= in the route, else the office's working year. */
export function useWorkingYear(): [number, (year: number) => void] {
  const working = useAppStore((s) => s.settings?.['office.workingYear']);
  const fromRoute = Number(routeParams().get('year'));
  const [year, setYear] = useState<number>(Number.isInteger(fromRoute) && fromRoute > 1900 ? fromRoute : (working ?? new Date().getFullYear()));
  return [year, setYear];
}
