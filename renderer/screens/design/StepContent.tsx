import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { STEPS, type StepId } from '../../../shared/catalog';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { AssessmentStep } from '../../steps/assessment/AssessmentStep';
import { ChallengeStep } from '../../steps/challenge/ChallengeStep';
import { CompetencesStep } from '../../steps/competences/CompetencesStep';
import { CredentialStep } from '../../steps/credential/CredentialStep';
import { InterpretationStep } from '../../steps/interpretation/InterpretationStep';
import { JourneyStep } from '../../steps/journey/JourneyStep';
import { OutcomesStep } from '../../steps/outcomes/OutcomesStep';
import { ReviewStep } from '../../steps/review/ReviewStep';
import { StepGuidance } from './StepGuidance';

const EDITORS: Record<StepId, () => React.JSX.Element | null> = {
  interpretation: InterpretationStep,
  challenge: ChallengeStep,
  competences: CompetencesStep,
  outcomes: OutcomesStep,
  journey: JourneyStep,
  assessment: AssessmentStep,
  credential: CredentialStep,
  review: ReviewStep,
};

/**
 * Focuses the control a finding points at: the exact field, else the closest enclosing item or
 * section that has one, else the step heading (section-level findings).
 */
function focusFinding(path: string): void {
  let target: HTMLElement | null = null;
  for (let candidate = path; candidate && !target; candidate = candidate.replace(/(\.[^.[]*|\[[^\]]*\])$/, '')) {
    target = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(candidate)}"]`);
    if (!/[.[]/.test(candidate)) break;
  }
  target ??= document.getElementById('step-heading');
  target?.scrollIntoView({ block: 'center' });
  if (target && !target.matches('input, textarea, select, button, [tabindex]')) target.tabIndex = -1;
  target?.focus();
}

/** The current step: its guidance for the chosen reading, its editor, and the way on. */
export function StepContent() {
  const { t } = useTranslation();
  const step = useAppStore((s) => s.step);
  const set = useAppStore((s) => s.set);
  const interpretation = useDesignStore((s) => s.design?.interpretation);
  const index = STEPS.indexOf(step);
  const Editor = EDITORS[step];
  const focusField = useAppStore((s) => s.focusField);
  useEffect(() => {
    if (!focusField) return;
    focusFinding(focusField);
    set({ focusField: null });
  }, [focusField, step, set]);
  if (!interpretation) return null;
  return (
    <article aria-labelledby="step-heading">
      <p className="eyebrow">{t('design.stepOf', { number: index + 1, total: STEPS.length })}</p>
      <h2 id="step-heading" tabIndex={-1}>
        {t(`steps.${step}`)}
      </h2>
      <StepGuidance step={step} interpretation={interpretation} />
      <Editor />
      <nav className="step-pager" aria-label={t('design.steps')}>
        {index > 0 && (
          <button type="button" className="button" onClick={() => set({ step: STEPS[index - 1] })}>
            ← {t('design.previous', { step: t(`steps.${STEPS[index - 1]}`) })}
          </button>
        )}
        {index < STEPS.length - 1 && (
          <button type="button" className="button button-primary" onClick={() => set({ step: STEPS[index + 1] })}>
            {t('design.next', { step: t(`steps.${STEPS[index + 1]}`) })} →
          </button>
        )}
      </nav>
    </article>
  );
}
