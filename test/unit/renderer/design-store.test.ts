import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { redo, undo, useDesignStore } from '../../../renderer/state/design-store';
import { sampleDesign } from '../../helpers/designs';

const rename = (title: string) =>
  useDesignStore.getState().update((design) => {
    design.title = title;
  });
const title = () => useDesignStore.getState().design?.title;
const history = () => useDesignStore.temporal.getState();

describe('design store (undo/redo over the whole design)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
    useDesignStore.getState().load(sampleDesign());
  });
  afterEach(() => vi.useRealTimers());

  it('loading a design starts a fresh history and a clean file state', () => {
    rename('changed');
    useDesignStore.getState().load(sampleDesign(), '/tmp/a.cbld');
    expect(history().pastStates).toHaveLength(0);
    expect(useDesignStore.getState().fileDirty).toBe(false);
    expect(useDesignStore.getState().filePath).toBe('/tmp/a.cbld');
  });

  it('edits stamp the update time and mark the file dirty, without touching the original object', () => {
    const before = useDesignStore.getState().design!;
    vi.setSystemTime(new Date('2026-11-23T10:05:00Z'));
    rename('New title');
    expect(title()).toBe('New title');
    expect(useDesignStore.getState().design!.updated).toBe('2026-11-23T10:05:00.000Z');
    expect(before.title).toBe('Sample');
    expect(useDesignStore.getState().fileDirty).toBe(true);
  });

  it('a burst of keystrokes undoes as one step; a pause starts a new step', () => {
    for (const text of ['W', 'Wo', 'Wor', 'Word']) rename(text);
    vi.setSystemTime(Date.now() + 2_000);
    for (const text of ['Word ', 'Word 2']) rename(text);
    undo();
    expect(title()).toBe('Word');
    undo();
    expect(title()).toBe('Sample');
    redo();
    expect(title()).toBe('Word');
    redo();
    expect(title()).toBe('Word 2');
  });

  it('undo spans every part of the design, not only the field in focus', () => {
    rename('Renamed');
    vi.setSystemTime(Date.now() + 2_000);
    useDesignStore.getState().update((design) => {
      design.outcomes.pop();
    });
    undo();
    expect(useDesignStore.getState().design!.outcomes).toHaveLength(sampleDesign().outcomes.length);
    expect(title()).toBe('Renamed');
  });
});
