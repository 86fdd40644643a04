import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RubricPoints,
  createRubricLevels,
  newId,
  removeRubricLevel,
  setDescriptor,
  type Assessment,
} from '../../../shared/model';
import { FieldProblem, useNumberDraft } from '../../components/fields';
import { useReadOnly } from '../../state/app-store';

/** A level's points in the rubric's header: typed like any number field, checked by the model's rule. */
function LevelPoints({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | null;
  onChange: (points: number | null) => void;
}) {
  const id = useId();
  const readOnly = useReadOnly();
  const { text, problem, change, focus } = useNumberDraft(value, RubricPoints, onChange);
  return (
    <>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        data-format="number"
        readOnly={readOnly}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-problem`}
        value={text}
        onFocus={focus}
        onChange={(e) => change(e.target.value)}
      />
      <FieldProblem id={`${id}-problem`} problem={problem} />
    </>
  );
}

/** The levels a new rubric starts with (message keys under rubric.levels). */
export const DEFAULT_LEVELS = ['insufficient', 'sufficient', 'good', 'excellent'] as const;

/** Criteria × levels, edited in place as a table: level names and points on top, descriptors in the cells. */
export function RubricEditor({
  assessment,
  edit,
  path,
}: {
  assessment: Assessment;
  edit: (recipe: (a: Assessment) => void) => void;
  path: string;
}) {
  const { t } = useTranslation();
  const { levels, criteria } = assessment.rubric;
  const name = assessment.title || t('assessmentStep.thisAssessment');
  if (levels.length === 0 && criteria.length === 0)
    return (
      <div className="rubric-empty" data-field={path} tabIndex={-1}>
        <p className="muted">{t('rubric.none')}</p>
        <button
          type="button"
          className="button"
          onClick={() =>
            edit((a) => {
              a.rubric.levels = createRubricLevels(DEFAULT_LEVELS.map((level) => t(`rubric.levels.${level}`)));
              a.rubric.criteria = [{ id: newId(), title: '', outcomeIds: [...a.outcomeIds], descriptors: [] }];
            })
          }
        >
          {t('rubric.create')}
        </button>
      </div>
    );
  return (
    <div className="rubric" data-field={path} tabIndex={-1}>
      <div className="table-scroll">
        <table className="rubric-table">
          <caption>{t('rubric.caption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rubric.criterion')}</th>
              {levels.map((level, index) => (
                <th scope="col" key={level.id}>
                  <input
                    aria-label={t('rubric.levelName', { number: index + 1 })}
                    value={level.label}
                    maxLength={500}
                    onChange={(e) =>
                      edit((a) => {
                        const target = a.rubric.levels.find((l) => l.id === level.id);
                        if (target) target.label = e.target.value;
                      })
                    }
                  />
                  <span className="rubric-points">
                    <LevelPoints
                      label={t('rubric.levelPoints', { name: level.label || index + 1 })}
                      value={level.points}
                      onChange={(points) =>
                        edit((a) => {
                          const target = a.rubric.levels.find((l) => l.id === level.id);
                          if (target) target.points = points;
                        })
                      }
                    />
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={t('common.removeNamed', {
                        name: level.label || t('rubric.levelName', { number: index + 1 }),
                      })}
                      onClick={() => edit((a) => removeRubricLevel(a, level.id))}
                    >
                      ×
                    </button>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((criterion, row) => (
              <tr key={criterion.id}>
                <th scope="row">
                  <textarea
                    aria-label={t('rubric.criterionName', { number: row + 1 })}
                    value={criterion.title}
                    rows={2}
                    maxLength={500}
                    onChange={(e) =>
                      edit((a) => {
                        const target = a.rubric.criteria.find((c) => c.id === criterion.id);
                        if (target) target.title = e.target.value;
                      })
                    }
                  />
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={t('common.removeNamed', {
                      name: criterion.title || t('rubric.criterionName', { number: row + 1 }),
                    })}
                    onClick={() =>
                      edit((a) => void (a.rubric.criteria = a.rubric.criteria.filter((c) => c.id !== criterion.id)))
                    }
                  >
                    {t('common.remove')}
                  </button>
                </th>
                {levels.map((level) => (
                  <td key={level.id}>
                    <textarea
                      aria-label={t('rubric.descriptor', {
                        criterion: criterion.title || t('rubric.criterionName', { number: row + 1 }),
                        level: level.label,
                      })}
                      rows={3}
                      maxLength={20_000}
                      value={criterion.descriptors.find((d) => d.levelId === level.id)?.text ?? ''}
                      onChange={(e) => edit((a) => setDescriptor(a, criterion.id, level.id, e.target.value))}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() =>
            edit(
              (a) =>
                void a.rubric.criteria.push({ id: newId(), title: '', outcomeIds: [...a.outcomeIds], descriptors: [] }),
            )
          }
        >
          {t('rubric.addCriterion')}
        </button>
        <button
          type="button"
          className="button"
          disabled={levels.length >= 12}
          onClick={() => edit((a) => void a.rubric.levels.push(...createRubricLevels([''])))}
        >
          {t('rubric.addLevel')}
        </button>
      </div>
    </div>
  );
}
