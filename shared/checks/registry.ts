import type { CheckDefinition } from './types';
import { alignmentChecks } from './rules/alignment';
import { balanceChecks } from './rules/balance';
import { challengeChecks } from './rules/challenge';
import { euChecks } from './rules/eu';
import { europassChecks } from './rules/europass';
import { interpretationChecks } from './rules/interpretation';
import { outcomeChecks } from './rules/outcomes';
import { syllabusChecks } from './rules/syllabus';
import { translationChecks } from './rules/translations';
import { workloadChecks } from './rules/workload';

/** Every design check, in the order findings are listed. Codes are stable: files and tools refer to them. */
export const CHECKS: readonly CheckDefinition[] = [
  ...euChecks,
  ...syllabusChecks,
  ...challengeChecks,
  ...outcomeChecks,
  ...alignmentChecks,
  ...workloadChecks,
  ...interpretationChecks,
  ...balanceChecks,
  ...europassChecks,
  ...translationChecks,
];
