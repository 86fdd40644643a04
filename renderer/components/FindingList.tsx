import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../../shared/catalog';
import type { Finding } from '../../shared/checks';
import { formatFinding } from '../../shared/i18n';
import type { Section } from '../../shared/model';
import { useAppStore } from '../state/app-store';

/** Which step shows each section of a design. */
export const STEP_OF_SECTION: Record<Section, StepId> = {
  overview: 'credential',
  interpretation: 'interpretation',
  challenge: 'challenge',
  competences: 'competences',
  outcomes: 'outcomes',
  journey: 'journey',
  assessment: 'assessment',
  credential: 'credential',
};

/** Findings as buttons: each opens its step and focuses the field it is about. */
export function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <ul className="findings" role="list">
      {findings.map((finding, index) => (
        <FindingItem key={`${finding.code}-${finding.path}-${index}`} finding={finding} />
      ))}
    </ul>
  );
}

/**
 * One finding. Memoised: the checks hand back the same finding object while it says the same
 * thing, so an edit re-renders (and re-translates) only the findings it changed.
 */
const FindingItem = memo(function FindingItem({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const set = useAppStore((s) => s.set);
  return (
    <li className={`finding finding-${finding.severity}`}>
      <button
        type="button"
        onClick={() => set({ step: STEP_OF_SECTION[finding.target.section], focusField: finding.path })}
      >
        {/* The name is the visible text plus where it leads (WCAG 2.5.3: the label is in the name). */}
        <span className="finding-severity">{t(`enums.severity.${finding.severity}`)}</span>
        <span>{formatFinding(t, finding)}</span>
        <span className="visually-hidden">
          {' '}
          {t('checksPanel.jump', { place: t(`enums.section.${finding.target.section}`) })}
        </span>
      </button>
    </li>
  );
});
