import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, itemLabel } from '../../../shared/checks';
import { indexCatalog } from '../../../shared/catalog';
import { formatFinding } from '../../../shared/i18n';
import type { Design } from '../../../shared/model';
import { severityCounts } from '../../i18n';
import { useDesignStore } from '../../state/design-store';
import { closePresentation, returnFocus } from '../../state/presentation';
import { useDesignCatalog } from '../../state/use-design-catalog';
import { useCheckReport } from '../../state/use-check-report';
import { WorkloadChart } from '../../steps/journey/WorkloadChart';
import './present.css';

/** The presentation's screens, in order (issue 20: the last day of a staff week). */
export const SLIDES = ['challenge', 'outcomes', 'journey', 'assessment', 'alignment', 'readiness'] as const;
export type Slide = (typeof SLIDES)[number];

/** How many items a screen shows before it says "and N more": a projector has no scroll bar anyone sees. */
const MAX_ITEMS = 8;

function More({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  return total > shown ? <p className="present-more">{t('present.more', { count: total - shown })}</p> : null;
}

function ChallengeSlide({ design }: { design: Design }) {
  const { t } = useTranslation();
  const catalog = useDesignCatalog();
  const index = catalog ? indexCatalog(catalog) : null;
  const { challenge } = design;
  return (
    <>
      {challenge.bigIdea && <p className="present-eyebrow">{challenge.bigIdea}</p>}
      <p className="present-statement">{challenge.statement || challenge.essentialQuestion || t('present.empty')}</p>
      {challenge.sdgGoals.length > 0 && (
        <ul className="present-sdgs" aria-label={t('present.sdgs')}>
          {challenge.sdgGoals.map((goal) => {
            const found = index?.goal(goal);
            return (
              <li key={goal} style={{ ['--sdg' as string]: found?.colour ?? '#1f4e79' }}>
                <strong>{goal}</strong> {found?.short ?? ''}
              </li>
            );
          })}
        </ul>
      )}
      {challenge.owner.name && <p className="present-note">{t('present.owner', { name: challenge.owner.name })}</p>}
    </>
  );
}

function OutcomesSlide({ design }: { design: Design }) {
  const { t } = useTranslation();
  const outcomes = design.outcomes.filter((o) => o.statement.trim());
  if (outcomes.length === 0) return <p className="present-note">{t('present.noOutcomes')}</p>;
  return (
    <>
      <ol className="present-list present-outcomes">
        {outcomes.slice(0, MAX_ITEMS).map((outcome) => (
          <li key={outcome.id}>
            <strong>{itemLabel('outcome', design.outcomes.indexOf(outcome))}</strong>
            <span>{outcome.statement}</span>
          </li>
        ))}
      </ol>
      <More shown={MAX_ITEMS} total={outcomes.length} />
    </>
  );
}

function AssessmentSlide({ design }: { design: Design }) {
  const { t } = useTranslation();
  if (design.assessments.length === 0) return <p className="present-note">{t('present.noAssessments')}</p>;
  return (
    <>
      <table className="present-table">
        <thead>
          <tr>
            <th scope="col">{t('present.assessment')}</th>
            <th scope="col">{t('present.method')}</th>
            <th scope="col" className="numeric">
              {t('present.weight')}
            </th>
          </tr>
        </thead>
        <tbody>
          {design.assessments.slice(0, MAX_ITEMS).map((a, index) => (
            <tr key={a.id}>
              <th scope="row">{a.title || t('assessmentStep.assessment', { number: index + 1 })}</th>
              <td>
                {t(`enums.method.${a.method}`)} · {t(`enums.purpose.${a.purpose}`)}
              </td>
              <td className="numeric">{a.purpose === 'summative' ? `${a.weight} %` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={MAX_ITEMS} total={design.assessments.length} />
    </>
  );
}

function AlignmentSlide({ design }: { design: Design }) {
  const { t } = useTranslation();
  const report = useCheckReport();
  if (!report || design.outcomes.length === 0) return <p className="present-note">{t('present.noOutcomes')}</p>;
  const { alignment } = report;
  const rows = alignment.rows.slice(0, 10);
  const columns = [
    ...design.activities.map((a, i) => ({ id: a.id, code: itemLabel('activity', i), label: a.title })),
    ...design.assessments.map((a, i) => ({ id: a.id, code: itemLabel('assessment', i), label: a.title })),
  ].slice(0, 16);
  const gaps = alignment.rows.filter((row) => row.activityIds.length === 0 || row.summativeIds.length === 0).length;
  return (
    <>
      <p className="present-note">{gaps === 0 ? t('present.aligned') : t('present.alignmentGaps', { count: gaps })}</p>
      <table className="present-matrix">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('alignment.outcome')}</span>
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.id}>
                <abbr title={c.label}>{c.code}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const gap = row.activityIds.length === 0 || row.summativeIds.length === 0;
            return (
              <tr key={row.outcomeId} className={gap ? 'gap' : undefined}>
                <th scope="row" title={design.outcomes[index]!.statement}>
                  {itemLabel('outcome', index)}
                </th>
                {columns.map((c) => {
                  const linked = alignment.links.has(cellKey(row.outcomeId, c.id));
                  return (
                    <td key={c.id}>
                      <span aria-hidden="true">{linked ? '●' : ''}</span>
                      <span className="visually-hidden">{linked ? t('present.linked') : t('present.notLinked')}</span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <More shown={rows.length} total={alignment.rows.length} />
    </>
  );
}

function ReadinessSlide({ design }: { design: Design }) {
  const { t, i18n } = useTranslation();
  const report = useCheckReport();
  if (!report) return null;
  const { readiness, counts, workload } = report;
  const number = (n: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(n);
  const figures: [string, string][] = [
    [t('present.figures.ects'), design.credential.ects === null ? '—' : number(design.credential.ects)],
    [t('present.figures.hours'), number(workload.totalHours)],
    [t('present.figures.eqf'), design.credential.eqfLevel === null ? '—' : String(design.credential.eqfLevel)],
    [t('present.figures.outcomes'), String(design.outcomes.length)],
    [t('present.figures.assessments'), String(design.assessments.length)],
  ];
  const errors = report.findings.filter((f) => f.severity === 'error').slice(0, 4);
  return (
    <div className="present-readiness">
      <p className="present-score">
        <strong>{readiness.score} %</strong>
        <span>{readiness.ready ? t('present.ready') : t('present.notReady')}</span>
      </p>
      <p className="present-note">{severityCounts(t, counts)}</p>
      <dl className="present-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {errors.length > 0 && (
        <ul className="present-list compact">
          {errors.map((finding, index) => (
            <li key={index}>{formatFinding(t, finding)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The presentation view: the open design in large type, one screen per part, for a projector
 * at 1280×720. Arrow keys, Page Up/Down and Space move; Home and End go to the first and last;
 * Escape leaves and gives focus back to the button that opened it.
 */
export function PresentationView() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const [index, setIndex] = useState(0);
  const slideRef = useRef<HTMLElement>(null);
  const leave = closePresentation;
  // Focus goes back to what opened the view once it is gone (and the screen behind is no longer inert).
  useEffect(() => returnFocus, []);
  useEffect(() => {
    slideRef.current?.focus();
  }, [index]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const last = SLIDES.length - 1;
      const go = (to: number) => {
        event.preventDefault();
        setIndex(Math.max(0, Math.min(last, to)));
      };
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
        case ' ':
          // A focused button takes its own Space.
          if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
          return go(index + 1);
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          return go(index - 1);
        case 'Home':
          return go(0);
        case 'End':
          return go(last);
        case 'Escape':
          event.preventDefault();
          return leave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (!design) return null;
  const slide = SLIDES[index]!;
  const bodies: Record<Slide, ReactNode> = {
    challenge: <ChallengeSlide design={design} />,
    outcomes: <OutcomesSlide design={design} />,
    journey: <WorkloadChart />,
    assessment: <AssessmentSlide design={design} />,
    alignment: <AlignmentSlide design={design} />,
    readiness: <ReadinessSlide design={design} />,
  };
  return (
    <div
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label', { title: design.title })}
    >
      <main
        ref={slideRef}
        className={`present-slide present-${slide}`}
        tabIndex={-1}
        aria-roledescription={t('present.slide')}
        aria-labelledby="present-heading"
      >
        <header className="present-header">
          <p className="present-title">{design.title}</p>
          <h1 id="present-heading">{t(`present.slides.${slide}`)}</h1>
        </header>
        <div className="present-body">{bodies[slide]}</div>
      </main>
      <nav className="present-nav" aria-label={t('present.navigation')}>
        <button type="button" onClick={() => setIndex(Math.max(0, index - 1))} disabled={index === 0}>
          ← {t('present.previous')}
        </button>
        <ol>
          {SLIDES.map((id, i) => (
            <li key={id}>
              <button
                type="button"
                aria-current={i === index ? 'step' : undefined}
                aria-label={t('present.goTo', { number: i + 1, name: t(`present.slides.${id}`) })}
                onClick={() => setIndex(i)}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => setIndex(Math.min(SLIDES.length - 1, index + 1))}
          disabled={index === SLIDES.length - 1}
        >
          {t('present.next')} →
        </button>
        <p className="present-help">{t('present.keys')}</p>
        <button type="button" className="present-leave" onClick={leave}>
          {t('present.leave')}
        </button>
      </nav>
    </div>
  );
}
