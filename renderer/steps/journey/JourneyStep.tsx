import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createActivity, moveItem, positionOf, type LearningActivity } from '../../../shared/model';
import { EmptyState } from '../../components/lists';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { ActivityEditor } from './ActivityEditor';
import { groupActivities, sameLayout, type ActivityGroup } from './journey-groups';
import { WorkloadChart } from './WorkloadChart';

let laidOut: LearningActivity[] | null = null;
/** The last list whose layout (ids, phases, weeks, hours) equals this one's, or this one. */
const stableLayout = (activities: LearningActivity[]) =>
  laidOut && sameLayout(laidOut, activities) ? laidOut : (laidOut = activities);

/** Activities by phase (method reading) or by week; drag or use the keyboard to reorder. */
export function JourneyStep() {
  const { t } = useTranslation();
  const interpretation = useDesignStore((s) => s.design!.interpretation);
  const suggestedOrganisation = useAppStore(
    (s) => s.catalog!.interpretations.find((g) => g.id === interpretation)!.steps.journey.organiseBy,
  );
  const [chosenOrganisation, setOrganisation] = useState<'phase' | 'week' | null>(null);
  const organiseBy = chosenOrganisation ?? suggestedOrganisation;
  // The list as last laid out: typing a title or a description changes no group, so the step
  // and its (up to 500) sortable cards stay put while the edited card re-renders alone.
  const activities = useDesignStore((s) => stableLayout(s.design!.activities));
  const update = useDesignStore((s) => s.update);
  const groups = useMemo(() => groupActivities(activities, organiseBy), [activities, organiseBy]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, scrollBehavior: 'auto' }),
  );
  const titleOf = (id: string | number) => {
    // Titles as they are now, not as when the list was last laid out.
    const current = useDesignStore.getState().design!.activities;
    const index = positionOf(current, String(id));
    return current[index]?.title || t('journeyStep.activity', { number: index + 1 });
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('journeyStep.dragStart', { name: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('journeyStep.dragOver', { name: titleOf(active.id), other: titleOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('journeyStep.dragEnd', { name: titleOf(active.id), other: titleOf(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('journeyStep.dragCancel', { name: titleOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    update((d) => {
      const from = d.activities.findIndex((a) => a.id === active.id);
      const to = d.activities.findIndex((a) => a.id === over.id);
      const target = d.activities[to];
      const moved = d.activities[from];
      if (!moved || !target) return;
      // Dropped among another phase's or week's activities: it joins that group.
      if (organiseBy === 'phase') moved.phase = target.phase;
      else moved.week = target.week;
      moveItem(d.activities, from, to);
    });
  };

  return (
    <div className="step-form journey">
      <WorkloadChart />
      <fieldset className="segmented-choice">
        <legend>{t('journeyStep.organiseBy')}</legend>
        {(['phase', 'week'] as const).map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="organise-by"
              value={choice}
              checked={organiseBy === choice}
              onChange={() => setOrganisation(choice)}
            />
            {t(`journeyStep.by.${choice}`)}
          </label>
        ))}
      </fieldset>
      <h3 className="visually-hidden" data-field="journey" tabIndex={-1}>
        {t('journeyStep.list')}
      </h3>
      {activities.length === 0 && <EmptyState>{t('journeyStep.empty')}</EmptyState>}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('journeyStep.dragInstructions') } }}
      >
        {groups.map((group) => (
          <JourneyGroup key={group.key} group={group} organiseBy={organiseBy} count={activities.length} />
        ))}
      </DndContext>
      {organiseBy === 'week' && (
        <div className="add-row">
          <button
            type="button"
            className="button button-primary"
            onClick={() =>
              update((d) => {
                const lastWeek = Math.max(0, ...d.activities.map((a) => a.week ?? 0));
                d.activities.push(createActivity({ week: lastWeek || 1 }));
              })
            }
          >
            {t('journeyStep.add')}
          </button>
        </div>
      )}
    </div>
  );
}

const JourneyGroup = memo(function JourneyGroup({
  group,
  organiseBy,
  count,
}: {
  group: ActivityGroup;
  organiseBy: 'phase' | 'week';
  count: number;
}) {
  const { t } = useTranslation();
  const update = useDesignStore((s) => s.update);
  const heading =
    group.phase !== undefined
      ? group.phase === null
        ? t('journeyStep.noPhase')
        : t(`enums.phase.${group.phase}`)
      : group.week === null
        ? t('journeyStep.noWeek')
        : t('journeyStep.week', { week: group.week });
  const hideEmpty = group.activities.length === 0 && (group.phase === null || organiseBy === 'week');
  if (hideEmpty) return null;
  return (
    <section className={`journey-group journey-group-${group.phase ?? 'week'}`} aria-label={heading}>
      <header className="journey-group-header">
        <h3>{heading}</h3>
        <span className="muted">{t('journeyStep.groupHours', { hours: group.hours })}</span>
      </header>
      {group.activities.length === 0 && <p className="muted">{t('journeyStep.groupEmpty')}</p>}
      <SortableContext items={group.activities.map((a) => a.id)} strategy={verticalListSortingStrategy}>
        {group.activities.map(({ id, index }) => (
          <SortableActivity key={id} id={id} index={index} count={count} />
        ))}
      </SortableContext>
      {organiseBy === 'phase' && group.phase !== null && (
        <button
          type="button"
          className="button"
          onClick={() => update((d) => void d.activities.push(createActivity({ phase: group.phase ?? null })))}
        >
          {t('journeyStep.addTo', { group: heading })}
        </button>
      )}
    </section>
  );
});

function SortableActivity({ id, index, count }: { id: string; index: number; count: number }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  return (
    <div
      ref={setNodeRef}
      className={`sortable${isDragging ? ' sortable-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <ActivityEditor
        id={id}
        index={index}
        count={count}
        dragHandle={
          <button
            type="button"
            className="drag-handle"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={t('journeyStep.dragHandle', { number: index + 1 })}
          >
            ⠿
          </button>
        }
      />
    </div>
  );
}
