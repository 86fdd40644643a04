import { useTranslation } from 'react-i18next';
import { WorkloadGauge } from './WorkloadGauge';
import { FindingList } from '../../components/FindingList';
import { useCheckReport } from '../../state/use-check-report';
import { severityCounts } from '../../i18n';

/** Always beside the step: readiness, counts by severity, the workload gauge, every finding as a link. */
export function ChecksPanel() {
  const { t } = useTranslation();
  const report = useCheckReport();
  if (!report) return null;
  const { counts, readiness, findings } = report;
  return (
    <aside className="checks-panel" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('checksPanel.panel')}</h2>
      <p className="readiness" aria-live="polite">
        <strong>{t('checksPanel.readiness', { score: readiness.score })}</strong>
        <span className="muted">{severityCounts(t, counts)}</span>
      </p>
      <WorkloadGauge workload={report.workload} />
      {findings.length === 0 ? <p className="empty">{t('checksPanel.none')}</p> : <FindingList findings={findings} />}
    </aside>
  );
}
