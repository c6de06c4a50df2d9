/** A figure next to last period's: the change in percent, and whether it is large enough to check. */
export interface FigureChange {
  percent: number | null;
  large: boolean;
}

/** Large: up by half or more, down by a third or more, or something where there was nothing. */
export function figureChange(previous: number | undefined, current: number | undefined): FigureChange {
  if (previous === undefined || current === undefined) return { percent: null, large: false };
  if (previous === 0) return { percent: null, large: current > 0 };
  const percent = Math.round(((current - previous) / previous) * 1000) / 10;
  return { percent, large: percent >= 50 || percent <= -33.3 };
}
