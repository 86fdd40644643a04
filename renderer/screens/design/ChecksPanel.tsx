import { useTranslation } from 'react-i18next';
import type { StepId } from '../../../shared/catalog';
import { formatFinding } from '../../../shared/i18n';
import type { Section } from '../../../shared/model';
import { useAppStore } from '../../state/app-store';
import { useCheckReport } from './use-check-report';

/** Which step shows each section of a design. */
const STEP_OF_SECTION: Record<Section, StepId> = {
  overview: 'challenge',
  interpretation: 'interpretation',
  challenge: 'challenge',
  competences: 'competences',
  outcomes: 'outcomes',
  journey: 'journey',
  assessment: 'assessment',
  credential: 'credential',
};

/** Always beside the step: counts by severity, readiness, and every finding as a link to its step. */
export function ChecksPanel() {
  const { t } = useTranslation();
  const report = useCheckReport();
  const set = useAppStore((s) => s.set);
  if (!report) return null;
  const { counts, readiness, findings } = report;
  return (
    <aside className="checks-panel" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('checksPanel.panel')}</h2>
      <p className="readiness" aria-live="polite">
        <strong>{t('checksPanel.readiness', { score: readiness.score })}</strong>
        <span className="muted">
          {t('checksPanel.counts', { errors: counts.error, warnings: counts.warning, advice: counts.advice })}
        </span>
      </p>
      {findings.length === 0 ? (
        <p className="empty">{t('checksPanel.none')}</p>
      ) : (
        <ul className="findings" role="list">
          {findings.map((finding, index) => (
            <li key={`${finding.code}-${finding.path}-${index}`} className={`finding finding-${finding.severity}`}>
              <button
                type="button"
                onClick={() => set({ step: STEP_OF_SECTION[finding.target.section], focusField: finding.path })}
                aria-label={`${t(`enums.severity.${finding.severity}`)}: ${formatFinding(t, finding)} ${t('checksPanel.jump', { place: t(`enums.section.${finding.target.section}`) })}`}
              >
                <span className="finding-severity">{t(`enums.severity.${finding.severity}`)}</span>
                <span>{formatFinding(t, finding)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
