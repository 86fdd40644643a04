import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/state/app-store';

describe('app store', () => {
  it('setting what is already there notifies no one; a change does', () => {
    const { set } = useAppStore.getState();
    set({ save: { state: 'pending' }, step: 'outcomes' });
    const listener = vi.fn();
    const stop = useAppStore.subscribe(listener);
    // Autosave marks every keystroke "pending": with 500 cards on screen that must cost nothing.
    set({ save: { state: 'pending' } });
    set({ step: 'outcomes', save: { state: 'pending' } });
    expect(listener).not.toHaveBeenCalled();
    set({ save: { state: 'saved', at: 1 } });
    set({ save: { state: 'saved', at: 2 } });
    set({ step: 'journey' });
    expect(listener).toHaveBeenCalledTimes(3);
    expect(useAppStore.getState()).toMatchObject({ step: 'journey', save: { state: 'saved', at: 2 } });
    stop();
  });
});
