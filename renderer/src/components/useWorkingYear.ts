import { useEffect, useRef, useState } from 'react';
import { routeParams } from '../app/routes';
import { useAppStore } from '../stores/appStore';

/**
 * The year shown: ?year= in the route, else the office's working year. A screen may look at
 * another year; switching the working year (the header's chip) brings it back to the new one.
 */
export function useWorkingYear(): [number, (year: number) => void] {
  const working = useAppStore((s) => s.settings?.['office.workingYear']);
  const fromRoute = Number(routeParams().get('year'));
  const [year, setYear] = useState<number>(Number.isInteger(fromRoute) && fromRoute > 1900 ? fromRoute : (working ?? new Date().getFullYear()));
  useFollowWorkingYear(setYear);
  return [year, setYear];
}

/** Calls `follow` with the new working year each time it changes (not on mount). */
export function useFollowWorkingYear(follow: (year: number) => void): void {
  const working = useAppStore((s) => s.settings?.['office.workingYear']);
  const seen = useRef(working);
  const latest = useRef(follow);
  latest.current = follow;
  useEffect(() => {
    if (working === undefined || working === seen.current) return;
    seen.current = working;
    latest.current(working);
  }, [working]);
}
