import { useTranslation } from 'react-i18next';
import { LEARNING_TYPES, PHASES } from '../../../shared/model';
import { useCheckReport } from '../../state/use-check-report';
import { useDesignStore } from '../../state/design-store';
import { capitalise } from '../../i18n';

/** Time per learning type and per phase as labelled bars, with the totals against the ECTS. */
export function WorkloadChart() {
  const { t } = useTranslation();
  const report = useCheckReport();
  // Phases matter in the method reading; elsewhere only when the design uses them, else weeks.
  const showPhases = useDesignStore(
    (s) => s.design!.interpretation === 'method' || s.design!.activities.some((a) => a.phase !== null),
  );
  if (!report) return null;
  const { workload } = report;
  const activityTotal = workload.activityHours + workload.selfStudyHours;
  const bars = (entries: [string, number][], label: (key: string) => string, prefix: string) => (
    <table className="bar-chart">
      <tbody>
        {entries.map(([key, hours]) => {
          const share = activityTotal > 0 ? Math.round((hours / activityTotal) * 100) : 0;
          return (
            <tr key={key}>
              <th scope="row">{capitalise(label(key))}</th>
              <td>
                <span className={`bar ${prefix}-${key}`} style={{ width: `${share}%` }} aria-hidden="true" />
              </td>
              <td className="numeric">{t('journeyStep.hoursShare', { hours, share })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return (
    <section className="workload-chart" aria-labelledby="workload-heading">
      <h3 id="workload-heading">{t('journeyStep.workload')}</h3>
      <p>{workloadSentence(t, workload)}</p>
      <div className="chart-columns">
        <div>
          <h4>{t('journeyStep.byType')}</h4>
          {bars(
            LEARNING_TYPES.map((type) => [type, workload.byLearningType[type]]),
            (key) => t(`enums.learningType.${key}`),
            'type',
          )}
        </div>
        {showPhases ? (
          <div>
            <h4>{t('journeyStep.byPhase')}</h4>
            {bars(
              [...PHASES, 'none' as const].map((phase) => [phase, workload.byPhase[phase]]),
              (key) => (key === 'none' ? t('journeyStep.noPhase') : t(`enums.phase.${key}`)),
              'phase',
            )}
          </div>
        ) : (
          workload.byWeek.length > 0 && (
            <div>
              <h4>{t('journeyStep.byWeekChart')}</h4>
              {bars(
                workload.byWeek.map(({ week, hours }) => [String(week ?? 'none'), hours]),
                (key) => (key === 'none' ? t('journeyStep.noWeek') : t('journeyStep.week', { week: key })),
                'week',
              )}
            </div>
          )
        )}
      </div>
    </section>
  );
}

type Workload = NonNullable<ReturnType<typeof useCheckReport>>['workload'];

/** "112 h in total (activities 60, self study 40, assessment 12) = 3.7-4.5 ECTS; declared: 4 ECTS (100-120 h)." */
export function workloadSentence(
  t: (key: string, options?: Record<string, unknown>) => string,
  workload: Workload,
): string {
  const total = t('workload.total', {
    hours: workload.totalHours,
    activities: workload.activityHours,
    selfStudy: workload.selfStudyHours,
    assessment: workload.assessmentHours,
    min: workload.ectsFromHours.min,
    max: workload.ectsFromHours.max,
  });
  return workload.declaredEcts === null || workload.expectedHours === null
    ? `${total} ${t('workload.noEcts')}`
    : `${total} ${t('workload.declared', { ects: workload.declaredEcts, min: workload.expectedHours.min, max: workload.expectedHours.max })}`;
}
