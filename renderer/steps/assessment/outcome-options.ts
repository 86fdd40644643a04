import type { TFunction } from 'i18next';
import { itemLabel } from '../../../shared/checks';
import type { LearningOutcome } from '../../../shared/model';

/** "LO2 Analyse heat data…" labels for outcome checkboxes and matrix rows. */
export function outcomeLabel(outcome: LearningOutcome, index: number, t: TFunction, max = 90): string {
  const statement = outcome.statement.trim() || t('outcomesStep.unwritten');
  const short = statement.length > max ? `${statement.slice(0, max - 1)}…` : statement;
  return `${itemLabel('outcome', index)} ${short}`;
}

export const outcomeOptions = (outcomes: LearningOutcome[], t: TFunction) =>
  outcomes.map((outcome, index) => ({
    id: outcome.id,
    label: outcomeLabel(outcome, index, t),
    title: outcome.statement,
  }));
