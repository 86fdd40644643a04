import { LEARNING_TYPES, PHASES, type Design, type LearningType, type Phase } from '../model';

/** One ECTS credit is 25-30 hours of total learner work (ECTS Users' Guide). */
export const HOURS_PER_ECTS = { min: 25, max: 30 } as const;
/** Micro-credentials are typically 1-15 ECTS. */
export const TYPICAL_ECTS = { min: 1, max: 15 } as const;

export interface WorkloadTotals {
  /** Guided time in activities (contact, online, field work). */
  activityHours: number;
  selfStudyHours: number;
  assessmentHours: number;
  totalHours: number;
  /** The ECTS the hours amount to at 30 h (min) and 25 h (max) per credit. */
  ectsFromHours: { min: number; max: number };
  declaredEcts: number | null;
  /** The hours the declared ECTS stand for, or null without ECTS. */
  expectedHours: { min: number; max: number } | null;
  /** Activity time (guided + self study) per learning type and per phase ("none" = no phase). */
  byLearningType: Record<LearningType, number>;
  byPhase: Record<Phase | 'none', number>;
  byWeek: { week: number | null; hours: number }[];
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function workloadTotals(design: Design): WorkloadTotals {
  const byLearningType = Object.fromEntries(LEARNING_TYPES.map((type) => [type, 0])) as Record<LearningType, number>;
  const byPhase = Object.fromEntries([...PHASES, 'none'].map((phase) => [phase, 0])) as Record<Phase | 'none', number>;
  const weeks = new Map<number | null, number>();
  let activityHours = 0;
  let selfStudyHours = 0;
  for (const activity of design.activities) {
    const hours = activity.durationHours + activity.selfStudyHours;
    activityHours += activity.durationHours;
    selfStudyHours += activity.selfStudyHours;
    byLearningType[activity.learningType] += hours;
    byPhase[activity.phase ?? 'none'] += hours;
    weeks.set(activity.week, (weeks.get(activity.week) ?? 0) + hours);
  }
  const assessmentHours = design.assessments.reduce((sum, a) => sum + a.workloadHours, 0);
  const totalHours = activityHours + selfStudyHours + assessmentHours;
  const declaredEcts = design.credential.ects;
  return {
    activityHours: round(activityHours),
    selfStudyHours: round(selfStudyHours),
    assessmentHours: round(assessmentHours),
    totalHours: round(totalHours),
    ectsFromHours: { min: round(totalHours / HOURS_PER_ECTS.max), max: round(totalHours / HOURS_PER_ECTS.min) },
    declaredEcts,
    expectedHours:
      declaredEcts === null
        ? null
        : { min: round(declaredEcts * HOURS_PER_ECTS.min), max: round(declaredEcts * HOURS_PER_ECTS.max) },
    byLearningType,
    byPhase,
    byWeek: [...weeks.entries()]
      .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
      .map(([week, hours]) => ({ week, hours: round(hours) })),
  };
}
