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
import type { ApiReply } from '../../../shared/api';
import { electronApi, type DesignerBridge } from '../../../renderer/api/index';

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
    await expect(designer()['library.list']!({ query: '' })).resolves.toEqual({ ok: true, result: [{ id: 'd1' }] });
    expect(fake.state.invoked.at(-1)).toEqual([CHANNELS.call, 'library.list', { query: '' }]);
  });

  it('hands an error reply to the page as data, code and message key included (a thrown error would lose them)', async () => {
    const error = {
      code: 'disk-full',
      message: 'The disk is full, so /d/plan.cbld could not be saved.',
      details: [],
      key: 'errors.file.diskFull',
      params: { path: '/d/plan.cbld' },
    };
    fake.state.reply = { ok: false, error };
    const reply = await designer()['files.save']!({});
    expect(reply).toEqual({ ok: false, error });
    // The page's side (renderer/api electronApi) makes it the contract's ApiError again.
    const page = electronApi({ 'files.save': async () => reply as ApiReply } as DesignerBridge);
    await expect(page['files.save']({} as never)).rejects.toMatchObject({
      name: 'ApiError',
      code: 'disk-full',
      key: 'errors.file.diskFull',
      message: error.message,
    });
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

  it('sends the save report with its own text fields only', () => {
    shell().reportSave!({ library: 'failed', error: 'Disk full.', fileBehind: '/d/plan.cbld', extra: 'x' });
    shell().reportSave!({ library: 3, error: null });
    expect(fake.state.sent.slice(-2)).toEqual([
      [CHANNELS.saveReport, { library: 'failed', error: 'Disk full.', fileBehind: '/d/plan.cbld' }],
      [CHANNELS.saveReport, { library: '', error: '', fileBehind: '' }],
    ]);
  });

  it('answers each save request with its id, and a handler that throws as a failed save', async () => {
    const asked: string[] = [];
    const stop = shell().onSaveRequest!(async (mode: string) => {
      asked.push(mode);
      if (mode === 'save-as') throw new Error('No permission.');
      return { outcome: 'saved', message: '', secret: 'not sent' };
    }) as () => void;
    const request = (...args: unknown[]) =>
      fake.state.listeners.get(CHANNELS.saveRequest)!.forEach((listener) => listener({}, ...args));
    request(7, 'save');
    request(8, 'save-as');
    request(9, 'delete-everything');
    request('10', 'save');
    await vi.waitFor(() =>
      expect(fake.state.sent.filter(([channel]) => channel === CHANNELS.saveResult)).toHaveLength(2),
    );
    expect(asked).toEqual(['save', 'save-as']);
    expect(fake.state.sent.filter(([channel]) => channel === CHANNELS.saveResult)).toEqual([
      [CHANNELS.saveResult, 7, { outcome: 'saved', message: '' }],
      [CHANNELS.saveResult, 8, { outcome: 'failed', message: 'No permission.' }],
    ]);
    stop();
    expect(fake.state.listeners.get(CHANNELS.saveRequest)).toEqual([]);
  });
});
