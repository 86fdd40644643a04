import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/api';
import { messageOf } from '../../../shared/errors';
import type { Design } from '../../../shared/model';
import { changeFieldLabel, changeValueLabel, compareDesigns, type Change } from '../../../shared/review';
import { api, useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { DesignFileInput } from '../../components/DesignFileInput';

/** Compare the open design with a saved revision from the library, or with a design file. */
export function ComparePanel() {
  const { t, i18n } = useTranslation();
  const design = useDesignStore((s) => s.design!);
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [other, setOther] = useState<{ label: string; design: Design } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const selectId = useId();
  useEffect(() => {
    let live = true;
    const listRevisions = api()['library.revisions'];
    listRevisions({ id: design.id }).then(
      (list) => live && setRevisions(list),
      () => live && setRevisions([]),
    );
    return () => void (live = false);
  }, [design.id]);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const revisionLabel = (r: RevisionSummary) =>
    `${date.format(new Date(r.createdAt))} · ${t(`review.revisionKind.${r.kind}`)}`;
  const load = async (what: () => Promise<{ label: string; design: Design }>) => {
    try {
      setProblem(null);
      setOther(await what());
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  return (
    <section className="compare-panel" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t('review.compare')}</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor={selectId}>{t('review.compareWithRevision')}</label>
          <select
            id={selectId}
            value=""
            onChange={(e) => {
              const revision = revisions.find((r) => String(r.id) === e.target.value);
              if (revision)
                void load(async () => ({
                  label: revisionLabel(revision),
                  design: await api()['library.getRevision']({ revisionId: revision.id }),
                }));
            }}
          >
            <option value="">{revisions.length ? t('common.choose') : t('review.noRevisions')}</option>
            {revisions.map((revision) => (
              <option key={revision.id} value={revision.id}>
                {revisionLabel(revision)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <span className="field-label">{t('review.compareWithFile')}</span>
          {nativeDialogs ? (
            <button
              type="button"
              className="button"
              onClick={() =>
                void load(async () => {
                  const path = await api()['dialogs.openDesign']({});
                  if (!path) throw new Error(t('review.noFileChosen'));
                  return { label: path, design: (await api()['files.open']({ path })).design };
                })
              }
            >
              {t('review.chooseFile')}
            </button>
          ) : (
            <DesignFileInput
              label={t('review.compareWithFile')}
              onFiles={([file]) =>
                void load(async () => ({
                  label: file.name,
                  design: (await api()['files.parse']({ name: file.name, text: await file.text() })).design,
                }))
              }
            />
          )}
        </div>
      </div>
      {problem && <p className="notice-error">{problem}</p>}
      {other && (
        <ChangeList
          changes={compareDesigns(other.design, design)}
          against={other.label}
          before={other.design}
          after={design}
        />
      )}
    </section>
  );
}

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
