import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GROUPINGS,
  Hours,
  LEARNING_TYPES,
  MODES,
  PHASES,
  WeekNumber,
  moveItem,
  newId,
  toggleLink,
  type LearningActivity,
  type Resource,
} from '../../../shared/model';
import { DraftTextField, LongTextField, NumberField, SelectField, TextField } from '../../components/fields';
import { ItemActions, ItemCard, LinkChecklist } from '../../components/lists';
import { useDesignStore } from '../../state/design-store';
import { draftById, itemById } from '../../state/items';
import { outcomeOptions } from '../assessment/outcome-options';

/** Every field of one learning activity; subscribed to that activity only. */
export const ActivityEditor = memo(function ActivityEditor({
  id,
  index,
  count,
  dragHandle,
}: {
  id: string;
  index: number;
  count: number;
  dragHandle: ReactNode;
}) {
  const { t } = useTranslation();
  const activity = useDesignStore((s) => itemById(s.design!.activities, id));
  const outcomes = useDesignStore((s) => s.design!.outcomes);
  const update = useDesignStore((s) => s.update);
  if (!activity) return null;
  const edit = (recipe: (a: LearningActivity) => void) =>
    update((d) => {
      const target = draftById(d.activities, id);
      if (target) recipe(target);
    });
  const name = activity.title || t('journeyStep.activity', { number: index + 1 });
  const path = `journey[${id}]`;
  return (
    <ItemCard
      heading={name}
      field={path}
      anchor={{ section: 'journey', itemId: id }}
      tone={activity.phase ?? undefined}
      actions={
        <div className="item-card-tools">
          {dragHandle}
          <ItemActions
            name={name}
            index={index}
            count={count}
            onMove={(to) => update((d) => moveItem(d.activities, index, to))}
            onRemove={() => update((d) => void (d.activities = d.activities.filter((a) => a.id !== id)))}
          />
        </div>
      }
    >
      <TextField
        label={t('journeyStep.title')}
        field={`${path}.title`}
        value={activity.title}
        onChange={(v) => edit((a) => void (a.title = v))}
      />
      <LongTextField
        label={t('journeyStep.description')}
        field={`${path}.description`}
        value={activity.description}
        onChange={(v) => edit((a) => void (a.description = v))}
      />
      <div className="field-row">
        <SelectField
          label={t('journeyStep.phase')}
          field={`${path}.phase`}
          value={activity.phase}
          emptyLabel={t('common.none')}
          options={PHASES.map((phase) => [phase, t(`enums.phase.${phase}`)] as const)}
          onChange={(v) => edit((a) => void (a.phase = v))}
        />
        <NumberField
          label={t('journeyStep.weekNumber')}
          field={`${path}.week`}
          value={activity.week}
          schema={WeekNumber}
          commitOnBlur
          onChange={(v) => edit((a) => void (a.week = v))}
        />
        <TextField
          label={t('journeyStep.day')}
          hint={t('journeyStep.dayHint')}
          field={`${path}.day`}
          value={activity.day}
          onChange={(v) => edit((a) => void (a.day = v))}
        />
        <NumberField
          label={t('journeyStep.duration')}
          field={`${path}.durationHours`}
          value={activity.durationHours}
          schema={Hours}
          emptyAs={0}
          onChange={(v) => edit((a) => void (a.durationHours = v ?? 0))}
        />
        <NumberField
          label={t('journeyStep.selfStudy')}
          field={`${path}.selfStudyHours`}
          value={activity.selfStudyHours}
          schema={Hours}
          emptyAs={0}
          onChange={(v) => edit((a) => void (a.selfStudyHours = v ?? 0))}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={t('journeyStep.mode')}
          field={`${path}.mode`}
          value={activity.mode}
          options={MODES.map((mode) => [mode, t(`enums.mode.${mode}`)] as const)}
          onChange={(v) => v && edit((a) => void (a.mode = v))}
        />
        <SelectField
          label={t('journeyStep.grouping')}
          field={`${path}.grouping`}
          value={activity.grouping}
          options={GROUPINGS.map((grouping) => [grouping, t(`enums.grouping.${grouping}`)] as const)}
          onChange={(v) => v && edit((a) => void (a.grouping = v))}
        />
        <SelectField
          label={t('journeyStep.learningType')}
          field={`${path}.learningType`}
          value={activity.learningType}
          options={LEARNING_TYPES.map((type) => [type, t(`enums.learningType.${type}`)] as const)}
          onChange={(v) => v && edit((a) => void (a.learningType = v))}
        />
      </div>
      <label className="check-row">
        <input
          type="checkbox"
          checked={activity.reflective}
          onChange={(event) => edit((a) => void (a.reflective = event.target.checked))}
        />
        <span>{t('journeyStep.reflective')}</span>
      </label>
      <fieldset className="resources" data-field={`${path}.resources`} tabIndex={-1}>
        <legend>{t('journeyStep.resources')}</legend>
        {activity.resources.length === 0 && <p className="muted small">{t('journeyStep.noResources')}</p>}
        {activity.resources.map((resource, number) => {
          const resourceName = resource.title || t('journeyStep.resource', { number: number + 1 });
          const editResource = (recipe: (r: Resource) => void) =>
            edit((a) => {
              const target = a.resources.find((r) => r.id === resource.id);
              if (target) recipe(target);
            });
          return (
            <div className="row-editor resource-row" key={resource.id}>
              <TextField
                label={t('journeyStep.resourceTitle', { number: number + 1 })}
                field={`${path}.resources[${resource.id}].title`}
                value={resource.title}
                onChange={(v) => editResource((r) => void (r.title = v))}
              />
              <DraftTextField
                label={t('journeyStep.resourceUrl', { number: number + 1 })}
                field={`${path}.resources[${resource.id}].url`}
                value={resource.url}
                placeholder="https://"
                rule="webAddress"
                invalidHint={t('credentialStep.urlInvalid')}
                onChange={(v) => editResource((r) => void (r.url = v))}
              />
              <ItemActions
                name={resourceName}
                index={number}
                count={activity.resources.length}
                onRemove={() => edit((a) => void (a.resources = a.resources.filter((r) => r.id !== resource.id)))}
              />
            </div>
          );
        })}
        <button
          type="button"
          className="button"
          onClick={() => edit((a) => void a.resources.push({ id: newId(), title: '', url: '' }))}
        >
          {t('journeyStep.addResource')}
        </button>
      </fieldset>
      <LinkChecklist
        legend={t('journeyStep.outcomes')}
        field={`${path}.outcomeIds`}
        options={outcomeOptions(outcomes, t)}
        selected={activity.outcomeIds}
        empty={t('journeyStep.noOutcomes')}
        onToggle={(outcomeId, on) => edit((a) => void (a.outcomeIds = toggleLink(a.outcomeIds, outcomeId, on)))}
      />
    </ItemCard>
  );
});
