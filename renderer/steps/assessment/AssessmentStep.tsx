import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSESSMENT_METHODS,
  ASSESSMENT_PURPOSES,
  ASSESSORS,
  Hours,
  SUPERVISION_LEVELS,
  WeekNumber,
  WeightPercent,
  createAssessment,
  moveItem,
  toggleLink,
  type Assessment,
} from '../../../shared/model';
import { LongTextField, NumberField, SelectField, TextField } from '../../components/fields';
import { EmptyState, ItemActions, ItemCard, LinkChecklist } from '../../components/lists';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { draftById, itemById } from '../../state/items';
import { AlignmentMatrix } from './AlignmentMatrix';
import { outcomeOptions } from './outcome-options';
import { RubricEditor } from './RubricEditor';

/** Summative weights as they add up; 100 % is the goal. */
export const summativeWeight = (assessments: Assessment[]) =>
  assessments.filter((a) => a.purpose === 'summative').reduce((sum, a) => sum + a.weight, 0);

/** Methods, purpose, weights (live sum), assessors, outcomes, rubrics, and the alignment matrix. */
export function AssessmentStep() {
  const { t } = useTranslation();
  const ids = useDesignStore((s) => s.design!.assessments.map((a) => a.id).join(' '));
  const total = useDesignStore((s) => summativeWeight(s.design!.assessments));
  const update = useDesignStore((s) => s.update);
  const list = ids ? ids.split(' ') : [];
  return (
    <div className="step-form">
      <p
        className={`weight-sum${total === 100 ? ' weight-sum-ok' : ''}`}
        role="status"
        aria-live="polite"
        data-field="assessment"
        tabIndex={-1}
      >
        {total === 100 ? t('assessmentStep.weightSumOk') : t('assessmentStep.weightSum', { total })}
      </p>
      {list.length === 0 && <EmptyState>{t('assessmentStep.empty')}</EmptyState>}
      {list.map((id, index) => (
        <AssessmentEditor key={id} id={id} index={index} count={list.length} />
      ))}
      <div className="add-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => update((d) => void d.assessments.push(createAssessment()))}
        >
          {t('assessmentStep.add')}
        </button>
      </div>
      <AlignmentMatrix />
    </div>
  );
}

const AssessmentEditor = memo(function AssessmentEditor({
  id,
  index,
  count,
}: {
  id: string;
  index: number;
  count: number;
}) {
  const { t } = useTranslation();
  const assessment = useDesignStore((s) => itemById(s.design!.assessments, id));
  const outcomes = useDesignStore((s) => s.design!.outcomes);
  const interpretation = useDesignStore((s) => s.design!.interpretation);
  const suggested = useAppStore(
    (s) => s.catalog!.interpretations.find((g) => g.id === interpretation)!.steps.assessment.suggestedMethods,
  );
  const update = useDesignStore((s) => s.update);
  if (!assessment) return null;
  const edit = (recipe: (a: Assessment) => void) =>
    update((d) => {
      const target = draftById(d.assessments, id);
      if (target) recipe(target);
    });
  const name = assessment.title || t('assessmentStep.assessment', { number: index + 1 });
  const path = `assessment[${id}]`;
  const methods = [...suggested, ...ASSESSMENT_METHODS.filter((m) => !suggested.includes(m))];
  return (
    <ItemCard
      heading={name}
      field={path}
      anchor={{ section: 'assessment', itemId: id }}
      tone={assessment.purpose}
      actions={
        <ItemActions
          name={name}
          index={index}
          count={count}
          onMove={(to) => update((d) => moveItem(d.assessments, index, to))}
          onRemove={() => update((d) => void (d.assessments = d.assessments.filter((a) => a.id !== id)))}
        />
      }
    >
      <TextField
        label={t('assessmentStep.title')}
        field={`${path}.title`}
        value={assessment.title}
        onChange={(v) => edit((a) => void (a.title = v))}
      />
      <LongTextField
        label={t('assessmentStep.description')}
        field={`${path}.description`}
        value={assessment.description}
        onChange={(v) => edit((a) => void (a.description = v))}
      />
      <div className="field-row">
        <SelectField
          label={t('assessmentStep.method')}
          field={`${path}.method`}
          value={assessment.method}
          options={methods.map(
            (m) =>
              [
                m,
                suggested.includes(m)
                  ? t('assessmentStep.suggested', { name: t(`enums.method.${m}`) })
                  : t(`enums.method.${m}`),
              ] as const,
          )}
          onChange={(v) => v && edit((a) => void (a.method = v))}
        />
        <SelectField
          label={t('assessmentStep.purpose')}
          field={`${path}.purpose`}
          value={assessment.purpose}
          options={ASSESSMENT_PURPOSES.map((p) => [p, t(`enums.purpose.${p}`)] as const)}
          onChange={(v) => v && edit((a) => void (a.purpose = v))}
        />
        <NumberField
          label={t('assessmentStep.weight')}
          field={`${path}.weight`}
          value={assessment.weight}
          schema={WeightPercent}
          emptyAs={0}
          onChange={(v) => edit((a) => void (a.weight = v ?? 0))}
        />
        <NumberField
          label={t('assessmentStep.hours')}
          field={`${path}.workloadHours`}
          value={assessment.workloadHours}
          schema={Hours}
          emptyAs={0}
          onChange={(v) => edit((a) => void (a.workloadHours = v ?? 0))}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={t('annex.supervision')}
          field={`${path}.supervision`}
          value={assessment.supervision}
          emptyLabel={t('common.notStated')}
          options={SUPERVISION_LEVELS.map((level) => [level, t(`enums.supervision.${level}`)] as const)}
          onChange={(v) => edit((a) => void (a.supervision = v))}
        />
        <NumberField
          label={t('journeyStep.weekNumber')}
          field={`${path}.week`}
          value={assessment.week}
          schema={WeekNumber}
          onChange={(v) => edit((a) => void (a.week = v))}
        />
      </div>
      <LinkChecklist
        legend={t('assessmentStep.assessors')}
        field={`${path}.assessors`}
        options={ASSESSORS.map((assessor) => ({ id: assessor, label: t(`enums.assessor.${assessor}`) }))}
        selected={assessment.assessors}
        empty=""
        onToggle={(assessor, on) =>
          edit((a) => void (a.assessors = toggleLink(a.assessors, assessor, on) as Assessment['assessors']))
        }
      />
      <LinkChecklist
        legend={t('assessmentStep.outcomes')}
        field={`${path}.outcomeIds`}
        options={outcomeOptions(outcomes, t)}
        selected={assessment.outcomeIds}
        empty={t('journeyStep.noOutcomes')}
        onToggle={(outcomeId, on) => edit((a) => void (a.outcomeIds = toggleLink(a.outcomeIds, outcomeId, on)))}
      />
      <RubricEditor assessment={assessment} edit={edit} path={`${path}.rubric`} />
    </ItemCard>
  );
});
