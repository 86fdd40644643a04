import { useTranslation } from 'react-i18next';
import type { WorkloadTotals } from '../../../shared/checks';

/**
 * Planned hours against the hours the declared ECTS stand for (25-30 h each): a meter whose
 * band is the target range, so "too little / in range / too much" shows at a glance.
 */
export function WorkloadGauge({ workload }: { workload: WorkloadTotals }) {
  const { t } = useTranslation();
  const expected = workload.expectedHours;
  const scale = Math.max(workload.totalHours, expected?.max ?? 0, 1) * 1.15;
  const state = !expected
    ? 'unknown'
    : workload.totalHours < expected.min
      ? 'low'
      : workload.totalHours > expected.max
        ? 'high'
        : 'ok';
  const label = expected
    ? t('workload.gauge', {
        hours: workload.totalHours,
        min: expected.min,
        max: expected.max,
        ects: workload.declaredEcts,
      })
    : t('workload.gaugeNoEcts', { hours: workload.totalHours });
  return (
    <div className={`workload-gauge workload-${state}`}>
      <p className="workload-label">
        <strong>{t('workload.heading')}</strong> {label}
      </p>
      <div
        className="gauge"
        role="meter"
        aria-label={t('workload.heading')}
        aria-valuemin={0}
        aria-valuemax={Math.round(scale)}
        aria-valuenow={workload.totalHours}
        aria-valuetext={label}
      >
        {expected && (
          <span
            className="gauge-band"
            style={{
              left: `${(expected.min / scale) * 100}%`,
              width: `${((expected.max - expected.min) / scale) * 100}%`,
            }}
          />
        )}
        <span className="gauge-fill" style={{ width: `${Math.min(100, (workload.totalHours / scale) * 100)}%` }} />
      </div>
    </div>
  );
}
