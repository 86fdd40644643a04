import type { Design } from '../model';

const DAY_MS = 86_400_000;

/**
 * The weeks the course runs: from the offering's dates when both are given (week 1 starts on
 * the start date), else up to the last week an activity is planned in. Null when neither says.
 */
export function scheduleWeeks(design: Design): { last: number; fromDates: boolean } | null {
  const { startDate, endDate } = design.offering;
  if (startDate && endDate) {
    const days = (Date.parse(endDate) - Date.parse(startDate)) / DAY_MS;
    if (Number.isFinite(days) && days >= 0) return { last: Math.floor(days / 7) + 1, fromDates: true };
  }
  const weeks = design.activities.flatMap((a) => (a.week === null ? [] : [a.week]));
  return weeks.length > 0 ? { last: Math.max(...weeks), fromDates: false } : null;
}
