import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, itemLabel } from '../../../shared/checks';
import { toggleLink } from '../../../shared/model';
import { useCheckReport } from '../../state/use-check-report';
import { useDesignStore } from '../../state/design-store';
import { outcomeLabel } from './outcome-options';

/**
 * Above this many cells the matrix is drawn on request: 500 outcomes × 540 activities and
 * assessments took 15 s to draw, and again on every keystroke in the step.
 */
export const MATRIX_ON_REQUEST_ABOVE = 10_000;

/**
 * Outcomes × activities and assessments. A row is highlighted when nobody practises the
 * outcome or no summative assessment checks it; every cell toggles the link, so a gap is
 * fixed where it is seen.
 */
export function AlignmentMatrix() {
  const { t } = useTranslation();
  const report = useCheckReport();
  const design = useDesignStore((s) => s.design!);
  const update = useDesignStore((s) => s.update);
  const [shown, setShown] = useState(false);
  if (!report) return null;
  const { alignment } = report;
  if (design.outcomes.length === 0)
    return (
      <section className="alignment" aria-labelledby="alignment-heading">
        <h3 id="alignment-heading">{t('alignment.heading')}</h3>
        <p className="muted">{t('alignment.noOutcomes')}</p>
      </section>
    );
  const items = design.activities.length + design.assessments.length;
  const large = design.outcomes.length * items > MATRIX_ON_REQUEST_ABOVE;
  if (large && !shown)
    return (
      <section className="alignment" aria-labelledby="alignment-heading">
        <h3 id="alignment-heading">{t('alignment.heading')}</h3>
        <p className="muted">{t('alignment.large', { count: design.outcomes.length, items })}</p>
        <button type="button" className="button" aria-expanded={false} onClick={() => setShown(true)}>
          {t('alignment.show')}
        </button>
      </section>
    );
  const columns = [
    ...design.activities.map((a, i) => ({
      id: a.id,
      kind: 'activity' as const,
      code: itemLabel('activity', i),
      label: a.title || t('journeyStep.activity', { number: i + 1 }),
    })),
    ...design.assessments.map((a, i) => ({
      id: a.id,
      kind: 'assessment' as const,
      code: itemLabel('assessment', i),
      label: a.title || t('assessmentStep.assessment', { number: i + 1 }),
      summative: a.purpose === 'summative',
    })),
  ];
  const toggle = (outcomeId: string, column: (typeof columns)[number], linked: boolean) =>
    update((d) => {
      const item =
        column.kind === 'activity'
          ? d.activities.find((a) => a.id === column.id)
          : d.assessments.find((a) => a.id === column.id);
      if (item) item.outcomeIds = toggleLink(item.outcomeIds, outcomeId, linked);
    });
  return (
    <section className="alignment" aria-labelledby="alignment-heading">
      <h3 id="alignment-heading">{t('alignment.heading')}</h3>
      <p className="muted">{t('alignment.intro')}</p>
      {large && (
        <button type="button" className="button" aria-expanded onClick={() => setShown(false)}>
          {t('alignment.hide')}
        </button>
      )}
      <details className="alignment-legend">
        <summary>{t('alignment.legend')}</summary>
        <ul>
          {columns.map((column) => (
            <li key={column.id}>
              <strong>{column.code}</strong> {column.label}
            </li>
          ))}
        </ul>
      </details>
      <div className="table-scroll">
        <table className="alignment-table">
          <thead>
            <tr>
              <th scope="col">{t('alignment.outcome')}</th>
              {columns.map((column) => (
                <th scope="col" key={column.id} className={`alignment-${column.kind}`} title={column.label}>
                  <abbr title={column.label}>{column.code}</abbr>
                  <span className="alignment-kind">
                    {column.kind === 'activity'
                      ? t('alignment.activity')
                      : 'summative' in column && column.summative
                        ? t('enums.purpose.summative')
                        : t('enums.purpose.formative')}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {alignment.rows.map((row, index) => {
              const outcome = design.outcomes[index]!;
              const gaps = [
                row.activityIds.length === 0 ? t('alignment.notPractised') : null,
                row.summativeIds.length === 0 ? t('alignment.notAssessed') : null,
              ].filter(Boolean);
              return (
                <tr key={row.outcomeId} className={gaps.length ? 'alignment-gap' : undefined}>
                  <th scope="row" title={outcome.statement}>
                    {outcomeLabel(outcome, index, t, 60)}
                    {gaps.length > 0 && <span className="gap-note">{gaps.join(' · ')}</span>}
                  </th>
                  {columns.map((column) => {
                    const linked = alignment.links.has(cellKey(row.outcomeId, column.id));
                    return (
                      <td key={column.id}>
                        <button
                          type="button"
                          className={`cell${linked ? ' cell-linked' : ''}`}
                          aria-pressed={linked}
                          aria-label={t(linked ? 'alignment.unlink' : 'alignment.link', {
                            outcome: itemLabel('outcome', index),
                            item: column.label,
                          })}
                          onClick={() => toggle(row.outcomeId, column, !linked)}
                        >
                          {linked ? '●' : ''}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
