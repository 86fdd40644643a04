import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { STEPS, type StepId } from '../../shared/catalog';
import { newId } from '../../shared/model';

/**
 * Workshop mode (issue 20): a facilitator's plan of timed blocks across the steps, with a timer
 * and the next step. The timer is a start time and the time used before the last pause, kept in
 * local storage, so it runs on (and advances) across a reload, a crash or a closed window:
 * the time left is always worked out from the clock, never counted down in memory.
 */

export interface WorkshopBlock {
  id: string;
  step: StepId;
  minutes: number;
}

export interface WorkshopTimer {
  /** The block being worked on (index into the plan). */
  current: number;
  /** When the current block (re)started while running (ms since the epoch); null when paused. */
  startedAt: number | null;
  /** Time of the current block used before the last pause (ms). */
  usedBefore: number;
  /** The last block's time is over. */
  finished: boolean;
}

export const MIN_BLOCK_MINUTES = 1;
export const MAX_BLOCK_MINUTES = 480;
export const MAX_BLOCKS = 30;

/** 90 minutes across the walkthrough, the shape of a staff-week session. */
const DEFAULT_MINUTES: Record<StepId, number> = {
  interpretation: 5,
  challenge: 15,
  competences: 10,
  outcomes: 15,
  journey: 15,
  assessment: 15,
  credential: 5,
  review: 10,
};

export const defaultPlan = (): WorkshopBlock[] =>
  STEPS.map((step) => ({ id: newId(), step, minutes: DEFAULT_MINUTES[step] }));

export const planMinutes = (blocks: readonly WorkshopBlock[]) => blocks.reduce((sum, b) => sum + b.minutes, 0);

const START: WorkshopTimer = { current: 0, startedAt: null, usedBefore: 0, finished: false };

/**
 * The timer at `now`: a running block whose time is over hands over to the next one at the
 * moment it ended (so a reload after twenty minutes lands in the right block with the right
 * time left), and the last one ends the plan.
 */
export function advance(blocks: readonly WorkshopBlock[], timer: WorkshopTimer, now: number): WorkshopTimer {
  if (timer.startedAt === null || timer.finished || blocks.length === 0) return timer;
  let { current, startedAt, usedBefore } = timer;
  for (;;) {
    const block = blocks[current];
    if (!block) return { current: blocks.length - 1, startedAt: null, usedBefore: 0, finished: true };
    const endsAt = startedAt + block.minutes * 60_000 - usedBefore;
    if (now < endsAt) return { current, startedAt, usedBefore, finished: false };
    if (current === blocks.length - 1)
      return { current, startedAt: null, usedBefore: block.minutes * 60_000, finished: true };
    current += 1;
    startedAt = endsAt;
    usedBefore = 0;
  }
}

/** Milliseconds left in the current block at `now` (the timer already advanced). */
export function remaining(blocks: readonly WorkshopBlock[], timer: WorkshopTimer, now: number): number {
  const block = blocks[timer.current];
  if (!block || timer.finished) return 0;
  const used = timer.usedBefore + (timer.startedAt === null ? 0 : now - timer.startedAt);
  return Math.max(0, block.minutes * 60_000 - used);
}

/** "07:42", or "1:02:05" past an hour; whole seconds, rounded up (0:00 only when the time is over). */
export function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

interface WorkshopState {
  active: boolean;
  blocks: WorkshopBlock[];
  timer: WorkshopTimer;
  start(): void;
  pause(): void;
  /** Ends the current block now and starts the next (running if the timer ran). */
  next(): void;
  previous(): void;
  /** Starts the plan again from its first block, paused. */
  reset(): void;
  setPlan(blocks: WorkshopBlock[]): void;
  setActive(active: boolean): void;
  /** Brings the timer up to `now` (the bar calls it every second). */
  tick(now?: number): void;
}

export const WORKSHOP_STORAGE_KEY = 'designer-workshop';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** What local storage holds, if it is a plan and timer this version can use (else the defaults stay). */
export function readPersisted(value: unknown): Pick<WorkshopState, 'active' | 'blocks' | 'timer'> | null {
  if (!value || typeof value !== 'object') return null;
  const { active, blocks, timer } = value as Record<string, unknown>;
  const validBlocks =
    Array.isArray(blocks) &&
    blocks.length > 0 &&
    blocks.length <= MAX_BLOCKS &&
    blocks.every(
      (b: unknown) =>
        !!b &&
        typeof (b as WorkshopBlock).id === 'string' &&
        (STEPS as readonly string[]).includes((b as WorkshopBlock).step) &&
        Number.isInteger((b as WorkshopBlock).minutes) &&
        (b as WorkshopBlock).minutes >= MIN_BLOCK_MINUTES &&
        (b as WorkshopBlock).minutes <= MAX_BLOCK_MINUTES,
    );
  const t = timer as WorkshopTimer | undefined;
  const validTimer =
    !!t &&
    Number.isInteger(t.current) &&
    t.current >= 0 &&
    (t.startedAt === null || isNumber(t.startedAt)) &&
    isNumber(t.usedBefore) &&
    typeof t.finished === 'boolean';
  if (!validBlocks || !validTimer || typeof active !== 'boolean') return null;
  return {
    active,
    blocks: blocks as WorkshopBlock[],
    timer: { ...t, current: Math.min(t.current, blocks.length - 1) },
  };
}

export const useWorkshop = create<WorkshopState>()(
  persist(
    (set, get) => ({
      active: false,
      blocks: defaultPlan(),
      timer: START,
      start: () => {
        const { timer, blocks } = get();
        if (timer.startedAt !== null) return;
        set({
          timer: timer.finished ? { ...START, startedAt: Date.now() } : { ...timer, startedAt: Date.now() },
          blocks,
        });
      },
      pause: () => {
        const now = Date.now();
        const timer = advance(get().blocks, get().timer, now);
        if (timer.startedAt === null) return set({ timer });
        set({ timer: { ...timer, startedAt: null, usedBefore: timer.usedBefore + (now - timer.startedAt) } });
      },
      next: () => {
        const { blocks, timer } = get();
        const current = advance(blocks, timer, Date.now());
        if (current.current >= blocks.length - 1)
          return set({ timer: { ...current, startedAt: null, finished: true } });
        set({
          timer: {
            current: current.current + 1,
            startedAt: current.startedAt === null ? null : Date.now(),
            usedBefore: 0,
            finished: false,
          },
        });
      },
      previous: () => {
        const { blocks, timer } = get();
        const current = advance(blocks, timer, Date.now());
        set({
          timer: {
            current: Math.max(0, current.finished ? current.current : current.current - 1),
            startedAt: current.startedAt === null ? null : Date.now(),
            usedBefore: 0,
            finished: false,
          },
        });
      },
      reset: () => set({ timer: START }),
      setPlan: (blocks) => {
        const { timer } = get();
        set({ blocks, timer: { ...timer, current: Math.min(timer.current, Math.max(0, blocks.length - 1)) } });
      },
      setActive: (active) => set({ active }),
      tick: (now = Date.now()) => {
        const { blocks, timer } = get();
        const next = advance(blocks, timer, now);
        if (next !== timer && (next.current !== timer.current || next.finished !== timer.finished))
          set({ timer: next });
      },
    }),
    {
      name: WORKSHOP_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ active, blocks, timer }) => ({ active, blocks, timer }),
      // A damaged or foreign value in storage leaves the defaults: the workshop never breaks the page.
      merge: (persisted, current) => ({ ...current, ...readPersisted(persisted) }),
    },
  ),
);
