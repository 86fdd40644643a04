import { beforeAll, describe, expect, it, vi } from 'vitest';

/** The preload against a recording `contextBridge` and `ipcRenderer`: what the page can reach. */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const state = {
    exposed: new Map<string, Record<string, (...args: unknown[]) => unknown>>(),
    invoked: [] as unknown[][],
    sent: [] as unknown[][],
    listeners: new Map<string, Listener[]>(),
    reply: { ok: true, result: 'value' } as unknown,
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: Record<string, (...args: unknown[]) => unknown>) =>
        state.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (state.invoked.push(args), Promise.resolve(state.reply)),
      send: (...args: unknown[]) => state.sent.push(args),
      on: (channel: string, listener: Listener) =>
        state.listeners.set(channel, [...(state.listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: Listener) =>
        state.listeners.set(
          channel,
          (state.listeners.get(channel) ?? []).filter((entry) => entry !== listener),
        ),
    },
  };
  return { electron, state };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

import { CHANNELS } from '../../../main/electron/channels';
import { API_METHODS } from '../../../shared/api-methods';

describe('the preload', () => {
  beforeAll(async () => {
    await import('../../../main/electron/preload');
  });
  const designer = () => fake.state.exposed.get('designer')!;
  const shell = () => fake.state.exposed.get('designerShell')!;

  it('exposes exactly the contract, each method one invoke on the call channel', async () => {
    expect([...fake.state.exposed.keys()].sort()).toEqual(['designer', 'designerShell']);
    expect(Object.keys(designer()).sort()).toEqual([...API_METHODS].sort());
    fake.state.reply = { ok: true, result: [{ id: 'd1' }] };
    await expect(designer()['library.list']!({ query: '' })).resolves.toEqual([{ id: 'd1' }]);
    expect(fake.state.invoked.at(-1)).toEqual([CHANNELS.call, 'library.list', { query: '' }]);
  });

  it('turns an error reply into a rejection with its message', async () => {
    fake.state.reply = { ok: false, error: { code: 'io', message: 'The disk is full.', details: [] } };
    await expect(designer()['files.save']!({})).rejects.toThrow('The disk is full.');
  });

  it('forwards only text from the main process, and unsubscribes', () => {
    const heard: string[] = [];
    const stop = shell().onCommand!((command: string) => heard.push(command)) as () => void;
    const emit = (value: unknown) => fake.state.listeners.get(CHANNELS.command)!.forEach((l) => l({}, value));
    emit('save');
    emit({ evil: true });
    stop();
    emit('undo');
    expect(heard).toEqual(['save']);
  });

  it('sends the unsaved flag as a strict boolean', () => {
    shell().setDirty!(true);
    shell().setDirty!('yes');
    expect(fake.state.sent.slice(-2)).toEqual([
      [CHANNELS.dirty, true],
      [CHANNELS.dirty, false],
    ]);
  });
});
