import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../shared/catalog';
import {
  advance,
  clock,
  defaultPlan,
  planMinutes,
  remaining,
  type WorkshopTimer,
} from '../../../renderer/state/workshop';

const MIN = 60_000;
const plan = [
  { id: 'a', step: 'challenge' as const, minutes: 10 },
  { id: 'b', step: 'outcomes' as const, minutes: 20 },
  { id: 'c', step: 'review' as const, minutes: 5 },
];
const running = (startedAt: number, current = 0, usedBefore = 0): WorkshopTimer => ({
  current,
  startedAt,
  usedBefore,
  finished: false,
});

describe('workshop timer', () => {
  it('the default plan is 90 minutes across every step', () => {
    expect(planMinutes(defaultPlan())).toBe(90);
    expect(defaultPlan().map((b) => b.step)).toEqual(STEPS);
  });

  it('works the time left out from the clock, so a reload finds the same time', () => {
    const timer = running(1_000);
    expect(remaining(plan, advance(plan, timer, 1_000 + 3 * MIN), 1_000 + 3 * MIN)).toBe(7 * MIN);
    expect(clock(7 * MIN)).toBe('07:00');
    expect(clock(7 * MIN - 1)).toBe('07:00');
    expect(clock(59_001)).toBe('01:00');
    expect(clock(0)).toBe('00:00');
    expect(clock(65 * MIN)).toBe('1:05:00');
  });

  it('hands over to the next block at the moment the last one ended, however long the page was away', () => {
    // 35 minutes after the start of a plan of 10 + 20 + 5: the third block, at its end.
    const later = advance(plan, running(0), 33 * MIN);
    expect(later).toEqual({ current: 2, startedAt: 30 * MIN, usedBefore: 0, finished: false });
    expect(remaining(plan, later, 33 * MIN)).toBe(2 * MIN);
    expect(advance(plan, running(0), 36 * MIN).finished).toBe(true);
  });

  it('a pause keeps the time used, and a paused timer does not move', () => {
    const paused: WorkshopTimer = { current: 1, startedAt: null, usedBefore: 5 * MIN, finished: false };
    expect(advance(plan, paused, 10 ** 12)).toBe(paused);
    expect(remaining(plan, paused, 10 ** 12)).toBe(15 * MIN);
    // Resumed: the time before the pause counts.
    expect(remaining(plan, running(100 * MIN, 1, 5 * MIN), 101 * MIN)).toBe(14 * MIN);
    expect(advance(plan, running(100 * MIN, 1, 5 * MIN), 115 * MIN).current).toBe(2);
  });
});

describe('workshop plan in local storage', () => {
  it('takes a stored plan and timer, and ignores what is damaged', async () => {
    const { readPersisted } = await import('../../../renderer/state/workshop');
    const stored = { active: true, blocks: plan, timer: running(5) };
    expect(readPersisted(stored)).toEqual(stored);
    expect(readPersisted(null)).toBeNull();
    expect(readPersisted({ ...stored, blocks: [] })).toBeNull();
    expect(readPersisted({ ...stored, blocks: [{ id: 'x', step: 'nowhere', minutes: 5 }] })).toBeNull();
    expect(readPersisted({ ...stored, blocks: [{ id: 'x', step: 'review', minutes: 2.5 }] })).toBeNull();
    expect(readPersisted({ ...stored, timer: { ...running(5), startedAt: 'soon' } })).toBeNull();
    // A timer past the end of a shorter plan lands on its last block.
    expect(readPersisted({ ...stored, timer: running(5, 9) })!.timer.current).toBe(2);
  });
});
