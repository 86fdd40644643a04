import { Suspense, lazy, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { STEPS, type StepId } from '../../../shared/catalog';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { ChallengeStep } from '../../steps/challenge/ChallengeStep';
import { InterpretationStep } from '../../steps/interpretation/InterpretationStep';
import { CommentThread } from '../../components/CommentThread';
import { StepGuidance } from './StepGuidance';

// Later steps load on first visit, so the start screen does not wait for drag and drop or the
// document builders.
const EDITORS: Record<StepId, ComponentType> = {
  interpretation: InterpretationStep,
  challenge: ChallengeStep,
  competences: lazy(() =>
    import('../../steps/competences/CompetencesStep').then((m) => ({ default: m.CompetencesStep })),
  ),
  outcomes: lazy(() => import('../../steps/outcomes/OutcomesStep').then((m) => ({ default: m.OutcomesStep }))),
  journey: lazy(() => import('../../steps/journey/JourneyStep').then((m) => ({ default: m.JourneyStep }))),
  assessment: lazy(() => import('../../steps/assessment/AssessmentStep').then((m) => ({ default: m.AssessmentStep }))),
  credential: lazy(() => import('../../steps/credential/CredentialStep').then((m) => ({ default: m.CredentialStep }))),
  review: lazy(() => import('../../steps/review/ReviewStep').then((m) => ({ default: m.ReviewStep }))),
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

/**
 * Focuses the field a clicked finding points at. Rendered after the step's editor inside the
 * same Suspense boundary, so it runs once a lazily loaded step is on screen.
 */
function FocusPendingField() {
  const focusField = useAppStore((s) => s.focusField);
  const step = useAppStore((s) => s.step);
  const set = useAppStore((s) => s.set);
  useEffect(() => {
    if (!focusField) return;
    focusFinding(focusField);
    set({ focusField: null });
  }, [focusField, step, set]);
  return null;
}

/** The current step: its guidance for the chosen reading, its editor, and the way on. */
export function StepContent() {
  const { t } = useTranslation();
  const step = useAppStore((s) => s.step);
  const set = useAppStore((s) => s.set);
  const interpretation = useDesignStore((s) => s.design?.interpretation);
  const index = STEPS.indexOf(step);
  const Editor = EDITORS[step];
  if (!interpretation) return null;
  return (
    <article aria-labelledby="step-heading">
      <p className="eyebrow">{t('design.stepOf', { number: index + 1, total: STEPS.length })}</p>
      <h2 id="step-heading" tabIndex={-1}>
        {t(`steps.${step}`)}
      </h2>
      <StepGuidance step={step} interpretation={interpretation} />
      {step !== 'review' && <CommentThread anchor={{ section: step, itemId: null }} label={t(`steps.${step}`)} />}
      <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
        <Editor />
        <FocusPendingField key={step} />
      </Suspense>
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
