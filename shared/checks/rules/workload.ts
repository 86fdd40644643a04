import { TYPICAL_ECTS } from '../workload-totals';
import { ALL, defineChecks } from './common';

/** Declared credits against the hours the journey and assessments add up to. */
export const workloadChecks = defineChecks([
  {
    code: 'workload.ects-mismatch',
    severity: 'warning',
    family: 'workload',
    interpretations: ALL,
    run: (_design, { workload }) => {
      const { expectedHours, totalHours, declaredEcts, ectsFromHours } = workload;
      if (!expectedHours || declaredEcts === null || declaredEcts <= 0 || totalHours === 0) return [];
      if (totalHours >= expectedHours.min && totalHours <= expectedHours.max) return [];
      return [
        {
          params: {
            hours: totalHours,
            ects: declaredEcts,
            minHours: expectedHours.min,
            maxHours: expectedHours.max,
            minEcts: ectsFromHours.min,
            maxEcts: ectsFromHours.max,
            context: totalHours < expectedHours.min ? 'under' : 'over',
          },
          target: { section: 'journey' },
        },
      ];
    },
  },
  {
    code: 'workload.no-hours',
    severity: 'warning',
    family: 'workload',
    interpretations: ALL,
    run: (design, { workload }) =>
      workload.totalHours === 0 && design.credential.ects !== null && design.credential.ects > 0
        ? [{ params: { ects: design.credential.ects }, target: { section: 'journey' } }]
        : [],
  },
  {
    code: 'workload.size',
    severity: 'advice',
    family: 'workload',
    interpretations: ALL,
    run: (design) => {
      const ects = design.credential.ects;
      return ects !== null && ects > 0 && (ects < TYPICAL_ECTS.min || ects > TYPICAL_ECTS.max)
        ? [
            {
              params: { ects, min: TYPICAL_ECTS.min, max: TYPICAL_ECTS.max },
              target: { section: 'credential', field: 'ects' },
            },
          ]
        : [];
    },
  },
]);
