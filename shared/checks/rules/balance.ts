import { LEARNING_TYPES } from '../../model';
import { ALL, defineChecks } from './common';

/** Above this share of activity time one learning type dominates the journey. */
export const DOMINANT_SHARE = 0.6;

/** Time per learning type (ABC Learning Design): a varied journey, with collaboration where it matters. */
export const balanceChecks = defineChecks([
  {
    code: 'balance.type-dominant',
    severity: 'advice',
    family: 'balance',
    interpretations: ALL,
    run: (design, { workload }) => {
      const total = LEARNING_TYPES.reduce((sum, type) => sum + workload.byLearningType[type], 0);
      if (total === 0 || design.activities.length < 3) return [];
      return LEARNING_TYPES.filter((type) => workload.byLearningType[type] / total > DOMINANT_SHARE).map((type) => ({
        params: { type, percent: Math.round((workload.byLearningType[type] / total) * 100) },
        target: { section: 'journey' },
      }));
    },
  },
  {
    code: 'balance.no-collaboration',
    severity: 'advice',
    family: 'balance',
    interpretations: ['method', 'partnership'],
    run: (design, { workload }) =>
      design.activities.length > 0 && workload.byLearningType.collaboration === 0
        ? [{ target: { section: 'journey' } }]
        : [],
  },
]);
