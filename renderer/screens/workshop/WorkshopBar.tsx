import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';
import { clock, planMinutes, remaining, useWorkshop } from '../../state/workshop';
import { PlanDialog } from './PlanDialog';
import './workshop.css';

/** Minutes left at which the timer says so (politely, never every second). */
const ANNOUNCE_AT_MINUTES = [5, 1];

/**
 * The facilitator's bar above the step: the block, a large timer, the next block, and the
 * controls. The visible clock is a `timer` (not announced); a separate polite live region says
 * when a block starts, when five and one minutes are left, and when the plan is over.
 */
export function WorkshopBar() {
  const { t } = useTranslation();
  const { blocks, timer, start, pause, next, previous, reset, setActive, tick } = useWorkshop();
  const setApp = useAppStore((s) => s.set);
  const [now, setNow] = useState(() => Date.now());
  const [planning, setPlanning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef(new Set<string>());

  useEffect(() => {
    const update = () => {
      const at = Date.now();
      tick(at);
      setNow(at);
    };
    update();
    const interval = setInterval(update, 1000);
    return () => clearInterval(interval);
  }, [tick]);

  const block = blocks[timer.current];
  const upcoming = blocks[timer.current + 1];
  const left = remaining(blocks, timer, now);
  const running = timer.startedAt !== null;

  // The step follows the block: a block starting (by time or by hand) opens its step.
  const blockStep = timer.finished ? null : (block?.step ?? null);
  const blockId = block?.id;
  useEffect(() => {
    if (blockStep) setApp({ step: blockStep });
  }, [blockId, blockStep, setApp]);

  useEffect(() => {
    if (!block) return;
    const said = announced.current;
    const say = (key: string, text: string) => {
      if (said.has(key)) return;
      said.add(key);
      setAnnouncement(text);
    };
    if (timer.finished) return say('finished', t('workshop.announce.finished'));
    // Started again after the end: every block may be announced again.
    if (said.has('finished')) said.clear();
    const stepName = t(`steps.${block.step}`);
    if (!said.has(`${block.id}:start`))
      return say(
        `${block.id}:start`,
        t('workshop.announce.block', {
          step: stepName,
          count: block.minutes,
          next: upcoming ? t(`steps.${upcoming.step}`) : t('workshop.end'),
        }),
      );
    const minutesLeft = Math.ceil(left / 60_000);
    if (running && ANNOUNCE_AT_MINUTES.includes(minutesLeft) && minutesLeft < block.minutes)
      say(`${block.id}:${minutesLeft}`, t('workshop.announce.left', { count: minutesLeft, step: stepName }));
  }, [block, upcoming, left, running, timer.finished, t]);

  if (!block) return null;
  const total = block.minutes * 60_000;
  const progress = timer.finished ? 100 : Math.round(((total - left) / total) * 100);
  return (
    <section className={`workshop-bar${left <= 60_000 && running ? ' ending' : ''}`} aria-label={t('workshop.label')}>
      <div className="workshop-now">
        <p className="eyebrow">
          {t('workshop.blockOf', { number: timer.current + 1, count: blocks.length, minutes: planMinutes(blocks) })}
        </p>
        <p className="workshop-step">{timer.finished ? t('workshop.finished') : t(`steps.${block.step}`)}</p>
      </div>
      <div className="workshop-clock">
        <span role="timer" aria-label={t('workshop.timeLeft')} className="workshop-time">
          {clock(left)}
        </span>
        <span className="workshop-progress" aria-hidden="true">
          <span style={{ width: `${progress}%` }} />
        </span>
        <span className="workshop-state">{running ? t('workshop.running') : t('workshop.paused')}</span>
      </div>
      <p className="workshop-next">
        <span className="eyebrow">{t('workshop.next')}</span>
        <span>
          {upcoming
            ? t('workshop.nextBlock', { step: t(`steps.${upcoming.step}`), count: upcoming.minutes })
            : t('workshop.end')}
        </span>
      </p>
      <div className="toolbar workshop-controls" role="group" aria-label={t('workshop.controls')}>
        {running ? (
          <button type="button" className="button" onClick={pause}>
            {t('workshop.pause')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={start}>
            {timer.finished ? t('workshop.restart') : timer.usedBefore > 0 ? t('workshop.resume') : t('workshop.start')}
          </button>
        )}
        <button type="button" className="button" onClick={previous} disabled={timer.current === 0 && !timer.finished}>
          {t('workshop.previous')}
        </button>
        <button type="button" className="button" onClick={next} disabled={timer.finished}>
          {t('workshop.skip')}
        </button>
        <button type="button" className="button" onClick={() => setPlanning(true)}>
          {t('workshop.editPlan')}
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            reset();
            setActive(false);
          }}
        >
          {t('workshop.close')}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {planning && <PlanDialog onClose={() => setPlanning(false)} />}
    </section>
  );
}
