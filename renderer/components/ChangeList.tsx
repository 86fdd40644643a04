import { useTranslation } from 'react-i18next';
import type { Design } from '../../shared/model';
import { changeFieldLabel, changeValueLabel, type Change } from '../../shared/review';

/**
 * Changes grouped by section, in words: "added · Outcome …", "changed · Phase: Engage → Act",
 * with a word diff for long texts. Field names and values are translated (shared/review/describe.ts).
 */
export function ChangeList({
  changes,
  against,
  before,
  after,
}: {
  changes: Change[];
  against: string;
  before: Design;
  after: Design;
}) {
  const { t, i18n } = useTranslation();
  const context = { before, after, language: i18n.language };
  const sectionName = (section: Change['section']) =>
    section === 'review' ? t('review.section') : t(`enums.section.${section}`);
  const sections = [...new Set(changes.map((c) => c.section))];
  return (
    <div className="changes" aria-live="polite">
      <p>
        <strong>{t('review.changesSince', { count: changes.length, against })}</strong>
      </p>
      {sections.map((section) => (
        <div key={section}>
          <h4>{sectionName(section)}</h4>
          <ul className="change-list" role="list">
            {changes
              .filter((c) => c.section === section)
              .map((change, index) => (
                <li key={index} className={`change-${change.kind}`}>
                  <span className="change-kind">{t(`compare.kind.${change.kind}`)}</span>{' '}
                  {change.field && <strong>{changeFieldLabel(t, change.field)}</strong>}
                  {change.item && (
                    <>
                      {' '}
                      {change.field ? '· ' : ''}
                      {change.item}
                    </>
                  )}
                  {change.diff ? (
                    <p className="change-diff">
                      {change.diff.map((part, i) =>
                        part.change === 'added' ? (
                          <ins key={i}>{part.text}</ins>
                        ) : part.change === 'removed' ? (
                          <del key={i}>{part.text}</del>
                        ) : (
                          <span key={i}>{part.text}</span>
                        ),
                      )}
                    </p>
                  ) : (
                    change.kind === 'changed' &&
                    change.before !== undefined && (
                      <span className="muted">
                        {' '}
                        {t('review.fromTo', {
                          before: changeValueLabel(t, change.field ?? '', change.from, context),
                          after: changeValueLabel(t, change.field ?? '', change.to, context),
                        })}
                      </span>
                    )
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
