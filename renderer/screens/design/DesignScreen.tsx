import { useTranslation } from 'react-i18next';
import { STEPS } from '../../../shared/catalog';
import { useAppStore } from '../../state/app-store';
import { ChecksPanel } from './ChecksPanel';
import { StepContent } from './StepContent';
import { ReviewBanner } from './ReviewBanner';
import { TopBar } from './TopBar';
import { WorkshopBar } from '../workshop/WorkshopBar';
import { useWorkshop } from '../../state/workshop';
import { openPresentation } from '../../state/presentation';

/** The walkthrough frame: top bar, step navigation, the step, and the checks beside it. */
export function DesignScreen() {
  const { t } = useTranslation();
  const step = useAppStore((s) => s.step);
  const set = useAppStore((s) => s.set);
  const reviewing = useAppStore((s) => s.mode === 'review');
  const workshop = useWorkshop((s) => s.active);
  // Behind the presentation view, nothing takes focus or is read out.
  const presenting = useAppStore((s) => s.presenting);
  return (
    <div className={`design-screen${reviewing ? ' read-only' : ''}`} inert={presenting}>
      <TopBar />
      {(reviewing || workshop) && (
        <div className="design-banners">
          {reviewing && <ReviewBanner />}
          {workshop && <WorkshopBar />}
        </div>
      )}
      <nav className="step-nav" aria-label={t('design.steps')}>
        <ol>
          {STEPS.map((id, index) => (
            <li key={id}>
              <button type="button" aria-current={id === step ? 'step' : undefined} onClick={() => set({ step: id })}>
                <span className="step-number" aria-hidden="true">
                  {index + 1}
                </span>
                {t(`steps.${id}`)}
              </button>
            </li>
          ))}
        </ol>
        <div className="session-tools" role="group" aria-label={t('design.sessionTools')}>
          <button
            type="button"
            className="button"
            aria-pressed={workshop}
            onClick={() => useWorkshop.getState().setActive(!workshop)}
          >
            {t('workshop.toggle')}
          </button>
          <button type="button" className="button" onClick={openPresentation}>
            {t('present.open')}
          </button>
        </div>
      </nav>
      <main className="step-main" id="step-main">
        <StepContent />
      </main>
      <ChecksPanel />
    </div>
  );
}
