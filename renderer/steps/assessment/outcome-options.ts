import type { TFunction } from 'i18next';
import { itemLabel } from '../../../shared/checks';
import type { LearningOutcome } from '../../../shared/model';

/** "LO2 Analyse heat data…" labels for outcome checkboxes and matrix rows. */
export function outcomeLabel(outcome: LearningOutcome, index: number, t: TFunction, max = 90): string {
  const statement = outcome.statement.trim() || t('outcomesStep.unwritten');
  const short = statement.length > max ? `${statement.slice(0, max - 1)}…` : statement;
  return `${itemLabel('outcome', index)} ${short}`;
}

type OutcomeOption = { id: string; label: string; title: string };
const optionsCache = new WeakMap<LearningOutcome[], { t: TFunction; options: OutcomeOption[] }>();

/** Checkbox options for linking outcomes; worked out once per outcome list and language, since
 * every activity and assessment card shows the same list (500 cards × 500 outcomes at most). */
export function outcomeOptions(outcomes: LearningOutcome[], t: TFunction): OutcomeOption[] {
  const cached = optionsCache.get(outcomes);
  if (cached?.t === t) return cached.options;
  const options = outcomes.map((outcome, index) => ({
    id: outcome.id,
    label: outcomeLabel(outcome, index, t),
    title: outcome.statement,
  }));
  optionsCache.set(outcomes, { t, options });
  return options;
}
