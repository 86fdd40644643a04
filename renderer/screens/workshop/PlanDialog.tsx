import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STEPS, type StepId } from '../../../shared/catalog';
import { newId } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import {
  defaultPlan,
  MAX_BLOCK_MINUTES,
  MAX_BLOCKS,
  MIN_BLOCK_MINUTES,
  planMinutes,
  useWorkshop,
  type WorkshopBlock,
} from '../../state/workshop';

/** The workshop plan: blocks of minutes, each on a step; edited as a draft, applied on "Use this plan". */
export function PlanDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const setPlan = useWorkshop((s) => s.setPlan);
  const [blocks, setBlocks] = useState<WorkshopBlock[]>(() => useWorkshop.getState().blocks);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const invalid = blocks.some((b) => texts[b.id] !== undefined && texts[b.id] !== String(b.minutes));
  const change = (id: string, patch: Partial<WorkshopBlock>) =>
    setBlocks((list) => list.map((b) => (b.id === id ? { ...b, ...patch } : b)));
  const move = (index: number, by: -1 | 1) =>
    setBlocks((list) => {
      const copy = [...list];
      [copy[index], copy[index + by]] = [copy[index + by]!, copy[index]!];
      return copy;
    });
  return (
    <Dialog
      title={t('workshop.plan.title')}
      onClose={onClose}
      wide
      actions={
        <>
          <button
            type="button"
            className="button button-primary"
            disabled={invalid || blocks.length === 0}
            onClick={() => {
              setPlan(blocks);
              onClose();
            }}
          >
            {t('workshop.plan.apply')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('workshop.plan.cancel')}
          </button>
        </>
      }
    >
      <p className="muted">{t('workshop.plan.intro', { minutes: planMinutes(blocks) })}</p>
      <ol className="plan-blocks">
        {blocks.map((block, index) => {
          const text = texts[block.id] ?? String(block.minutes);
          const wrong = text !== String(block.minutes);
          return (
            <li key={block.id} className="plan-block">
              <label className="field">
                <span>{t('workshop.plan.step', { number: index + 1 })}</span>
                <select value={block.step} onChange={(e) => change(block.id, { step: e.target.value as StepId })}>
                  {STEPS.map((step) => (
                    <option key={step} value={step}>
                      {t(`steps.${step}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field plan-minutes">
                <span>{t('workshop.plan.minutes')}</span>
                <input
                  inputMode="numeric"
                  value={text}
                  aria-invalid={wrong || undefined}
                  aria-describedby={wrong ? `minutes-${block.id}` : undefined}
                  onChange={(e) => {
                    const raw = e.target.value;
                    setTexts((all) => ({ ...all, [block.id]: raw }));
                    const value = Number(raw.trim());
                    if (Number.isInteger(value) && value >= MIN_BLOCK_MINUTES && value <= MAX_BLOCK_MINUTES)
                      change(block.id, { minutes: value });
                  }}
                />
                {wrong && (
                  <span className="field-error" id={`minutes-${block.id}`}>
                    {t('workshop.plan.range', { min: MIN_BLOCK_MINUTES, max: MAX_BLOCK_MINUTES })}
                  </span>
                )}
              </label>
              <div className="toolbar" role="group" aria-label={t('workshop.plan.blockActions', { number: index + 1 })}>
                <button type="button" className="button-quiet" disabled={index === 0} onClick={() => move(index, -1)}>
                  {t('workshop.plan.up')}
                </button>
                <button
                  type="button"
                  className="button-quiet"
                  disabled={index === blocks.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t('workshop.plan.down')}
                </button>
                <button
                  type="button"
                  className="button-quiet"
                  disabled={blocks.length === 1}
                  onClick={() => setBlocks((list) => list.filter((b) => b.id !== block.id))}
                >
                  {t('workshop.plan.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          disabled={blocks.length >= MAX_BLOCKS}
          onClick={() => setBlocks((list) => [...list, { id: newId(), step: 'review', minutes: 10 }])}
        >
          {t('workshop.plan.add')}
        </button>
        <button type="button" className="button-quiet" onClick={() => (setBlocks(defaultPlan()), setTexts({}))}>
          {t('workshop.plan.default')}
        </button>
      </div>
    </Dialog>
  );
}
