// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { resolveApi } from '../../../renderer/api';
import { createHttpApi } from '../../../renderer/api/http-client';
import { ReconnectDialog } from '../../../renderer/screens/dialogs/ReconnectDialog';
import { TopBar } from '../../../renderer/screens/design/TopBar';
import { useAppStore } from '../../../renderer/state/app-store';
import type { DesignerApi } from '../../../shared/api';
import { renderStep } from '../../helpers/render-step';

const respond = (status: number, body: unknown) =>
  vi.fn(
    async (..._args: Parameters<typeof fetch>) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

describe('the HTTP client tells a server that is down from a key that is refused', () => {
  it('offline when nothing answers, access-refused on 401/403, the server’s own code otherwise', async () => {
    const down = createHttpApi(
      'http://127.0.0.1:1',
      { current: 'k' },
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    await expect(down['app.info']({})).rejects.toMatchObject({ code: 'offline' });
    for (const status of [401, 403]) {
      const refused = createHttpApi(
        'http://x',
        { current: 'k' },
        respond(status, { error: { code: 'forbidden', message: 'no' } }),
      );
      await expect(refused['app.info']({})).rejects.toMatchObject({ code: 'access-refused' });
    }
    const notHere = createHttpApi(
      'http://x',
      { current: 'k' },
      respond(403, { error: { code: 'not-available', message: 'desktop only', details: [] } }),
    );
    await expect(notHere['app.info']({})).rejects.toMatchObject({ code: 'not-available' });
    const invalid = createHttpApi(
      'http://x',
      { current: 'k' },
      respond(422, { error: { code: 'invalid-design', message: 'bad', details: [] } }),
    );
    await expect(invalid['app.info']({})).rejects.toMatchObject({ code: 'invalid-design' });
  });

  it('sends the key it holds now, so reconnecting needs no reload', async () => {
    const fetchImpl = respond(200, { result: null });
    const key = { current: 'old-key' };
    const api = createHttpApi('http://x', key, fetchImpl);
    await api['app.info']({});
    key.current = 'new-key';
    await api['app.info']({});
    const sent = fetchImpl.mock.calls.map(([, init]) => init!.headers as Record<string, string>);
    expect(sent.map((headers) => headers['X-Designer-Token'])).toEqual(['old-key', 'new-key']);
  });
});

describe('reconnecting when the server refuses the key', () => {
  it('the save status offers to reconnect instead of counting down retries', () => {
    renderStep(<TopBar />);
    useAppStore.getState().set({ save: { state: 'failed', reason: 'access', message: 'refused', retryInMs: null } });
    return waitFor(() => {
      expect(screen.getByRole('status').textContent).toMatch(/the server refused this window’s key/);
      expect(screen.getByRole('button', { name: 'Reconnect…' })).toBeTruthy();
      expect(screen.getByRole('status').textContent).not.toMatch(/Retrying/);
    });
  });

  it('guides through pasting the address serve printed, and saving resumes', async () => {
    window.history.replaceState(null, '', '/');
    resolveApi(); // the browser transport, as in the app
    const info = vi.fn(async () => ({}));
    const save = vi.fn(async () => ({}));
    const { user } = renderStep(<ReconnectDialog />, undefined, {
      api: { 'app.info': info, 'library.save': save } as unknown as DesignerApi,
    });
    useAppStore.getState().set({ reconnecting: true });
    const field = await screen.findByRole('textbox', { name: 'Address printed by challenge-designer serve' });

    await user.type(field, 'http://127.0.0.1:9/#token=abcdefghijklmnopqrstuvwxyz012345');
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(screen.getByText(/That address is another server/)).toBeTruthy();

    await user.clear(field);
    await user.type(field, `${window.location.origin}/#token=short`);
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(screen.getByText(/not the address with the access key/)).toBeTruthy();

    await user.clear(field);
    await user.type(field, `${window.location.origin}/#token=abcdefghijklmnopqrstuvwxyz012345`);
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    await waitFor(() => expect(useAppStore.getState().reconnecting).toBe(false));
    expect(info).toHaveBeenCalled();
    expect(sessionStorage.getItem('designer-token')).toBe('abcdefghijklmnopqrstuvwxyz012345');
  });
});
