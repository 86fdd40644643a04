import { PHASES, type LearningActivity, type Phase } from '../../../shared/model';

export interface ActivityGroup {
  key: string;
  /** Set when grouped by phase (null: activities without a phase). */
  phase?: Phase | null;
  /** Set when grouped by week (null: activities without a week). */
  week?: number | null;
  /** The activities in design order, with their index in the design's list. */
  activities: { id: string; index: number }[];
  hours: number;
}

/** What grouping reads from an activity. */
type GroupedActivity = Pick<LearningActivity, 'id' | 'phase' | 'week' | 'durationHours' | 'selfStudyHours'>;

const hoursOf = (activity: GroupedActivity) => activity.durationHours + activity.selfStudyHours;

/** Same ids in the same order, same phases, weeks and hours: the groups would come out the same. */
export function sameLayout(a: readonly GroupedActivity[], b: readonly GroupedActivity[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every(
        (x, i) =>
          x.id === b[i]!.id && x.phase === b[i]!.phase && x.week === b[i]!.week && hoursOf(x) === hoursOf(b[i]!),
      ))
  );
}

/**
 * The journey's sections: Engage · Investigate · Act (always shown, so empty phases invite an
 * activity) plus "no phase"; or the weeks in use, in order, plus "no week".
 */
export function groupActivities(activities: readonly GroupedActivity[], organiseBy: 'phase' | 'week'): ActivityGroup[] {
  const entries = activities.map((activity, index) => ({ activity, index }));
  const group = (key: string, members: typeof entries, extra: Partial<ActivityGroup>): ActivityGroup => ({
    key,
    activities: members.map(({ activity, index }) => ({ id: activity.id, index })),
    hours: Math.round(members.reduce((sum, { activity }) => sum + hoursOf(activity), 0) * 10) / 10,
    ...extra,
  });
  if (organiseBy === 'phase')
    return [...PHASES, null].map((phase) =>
      group(
        phase ?? 'none',
        entries.filter(({ activity }) => activity.phase === phase),
        { phase },
      ),
    );
  const weeks = [...new Set(activities.map((a) => a.week))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return weeks.map((week) =>
    group(
      `week-${week ?? 'none'}`,
      entries.filter(({ activity }) => activity.week === week),
      { week },
    ),
  );
}
