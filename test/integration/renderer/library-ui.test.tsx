// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../main/api/handlers';
import { App } from '../../../renderer/App';
import { initI18n } from '../../../renderer/i18n';
import { openFromLibrary, openUploadedFile } from '../../../renderer/state/actions';
import { useAppStore } from '../../../renderer/state/app-store';
import { startAutosave } from '../../../renderer/state/autosave';
import { useDesignStore } from '../../../renderer/state/design-store';
import { journal, resetJournalForTests } from '../../../renderer/state/journal';
import type { Design } from '../../../shared/model';
import { directApi } from '../../helpers/api';
import { catalog } from '../../helpers/catalog';
import { clone, reviewComment, sampleDesign } from '../../helpers/designs';
import { browserInfo } from '../../helpers/render-step';
import { useTempDirs } from '../../helpers/temp';

/** The start screen's library, the file-open conflict and the recovery offer, against real services. */
describe('the library in the UI', () => {
  const tempDir = useTempDirs();
  let services: Services;
  let stop: () => void;

  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetJournalForTests();
    initI18n('en');
    services = openServices(tempDir());
    useDesignStore.getState().close();
    useAppStore.getState().set({
      api: directApi(services),
      info: browserInfo,
      catalog: catalog('en'),
      screen: 'start',
      mode: 'author',
      notice: null,
      recovery: null,
      conflict: null,
      reconnecting: false,
      save: { state: 'saved', at: 0 },
    });
    stop = startAutosave();
  });
  afterEach(() => {
    cleanup();
    stop();
    services.library.close();
  });

  const file = (design: Design, name = 'returned.cbld') =>
    new File([JSON.stringify(design)], name, { type: 'application/json' });
  const yours = () => screen.getByRole('region', { name: /Your designs|Trash/ });

  it('duplicates, moves to the trash, restores from it and deletes for good after a confirmation', async () => {
    services.library.save({ ...sampleDesign(), title: 'Heat in Lille' });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Duplicate: Heat in Lille' }));
    await within(yours()).findByRole('button', { name: /^Heat in Lille \(copy\)/ });
    expect(
      services.library
        .list()
        .map((d) => d.title)
        .sort(),
    ).toEqual(['Heat in Lille', 'Heat in Lille (copy)']);

    await user.click(screen.getByRole('button', { name: 'Move to trash: Heat in Lille (copy)' }));
    await waitFor(() => expect(within(yours()).queryByRole('button', { name: /\(copy\)/ })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Trash (1)' }));
    await user.click(await screen.findByRole('button', { name: 'Restore: Heat in Lille (copy)' }));
    await waitFor(() => expect(services.library.list()).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Your designs' }));
    await user.click(await screen.findByRole('button', { name: 'Move to trash: Heat in Lille (copy)' }));
    await user.click(await screen.findByRole('button', { name: 'Trash (1)' }));
    await user.click(await screen.findByRole('button', { name: 'Delete for good: Heat in Lille (copy)' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete “Heat in Lille (copy)” for good?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(services.library.list({ trash: true })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete for good: Heat in Lille (copy)' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(services.library.list({ trash: true })).toHaveLength(0));
  });

  it('lists the history with who saved, compares with the current version and restores, keeping the current one', async () => {
    const design = sampleDesign();
    services.library.save({ ...design, title: 'Version A' }, 'save', { savedBy: { name: 'Ana Pop', role: 'author' } });
    services.library.save({ ...design, title: 'Version B' }, 'save', { savedBy: { name: 'Dr R', role: 'reviewer' } });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'History: Version B' }));
    const history = screen.getByRole('dialog', { name: 'History of “Version B”' });
    await within(history).findByText(/saved by Dr R \(reviewer\)/);
    expect(within(history).getByText(/saved by Ana Pop \(author\)/)).toBeTruthy();
    const compare = within(history).getAllByRole('button', { name: /^Compare with current: / });
    await user.click(compare[1]!);
    await within(history).findByText('1 change since this version');
    expect(within(history).getByText(/was “Version A”, now “Version B”/)).toBeTruthy();
    await user.click(within(history).getAllByRole('button', { name: /^Restore: / })[1]!);
    await waitFor(() => expect(services.library.get(design.id).title).toBe('Version A'));
    // The version the restore replaced is in the history: restoring is undoable.
    expect(services.library.revisions(design.id).map((r) => r.title)).toContain('Version B');
  });

  it('opening a returned file never overwrites newer work: it shows what differs and takes in the review', async () => {
    const sent = sampleDesign();
    const mine = clone(sent);
    mine.outcomes[0]!.statement = 'Analyse mobility data of two districts';
    services.library.save(mine, 'save');
    const returned = clone(sent);
    returned.review.comments.push(reviewComment({ text: 'Which districts?' }));
    returned.review.decision = {
      status: 'changes-requested',
      reviewer: 'Dr Reviewer',
      date: '2026-03-02T11:00:00.000Z',
      note: '',
    };
    const user = userEvent.setup();
    render(<App />);
    await act(() => openUploadedFile(file(returned)));
    const dialog = await screen.findByRole('dialog', { name: '“Sample” is already in your library' });
    expect(within(dialog).getByText(/The file returned\.cbld holds another version/)).toBeTruthy();
    expect(within(dialog).getByText(/was “draft”, now “changes requested”|draft/)).toBeTruthy();
    // Nothing replaced yet.
    expect(services.library.get(sent.id).outcomes[0]!.statement).toBe('Analyse mobility data of two districts');

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine, take in the review' }));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('design'));
    const open = useDesignStore.getState().design!;
    expect(open.outcomes[0]!.statement).toBe('Analyse mobility data of two districts');
    expect(open.review.comments.map((c) => c.text)).toEqual(['Which districts?']);
    expect(open.review.decision.status).toBe('changes-requested');
    expect(services.library.get(sent.id).review.comments).toHaveLength(1);
  });

  it('the other two choices: a separate copy, or a replacement with the old version kept', async () => {
    const sent = sampleDesign();
    services.library.save({ ...sent, title: 'Mine, edited' }, 'save');
    const user = userEvent.setup();
    render(<App />);

    await act(() => openUploadedFile(file(sent)));
    await user.click(await screen.findByRole('button', { name: 'Open as a separate copy' }));
    await waitFor(() => expect(useDesignStore.getState().design?.title).toBe('Sample (copy)'));
    expect(useDesignStore.getState().design!.id).not.toBe(sent.id);
    expect(services.library.get(sent.id).title).toBe('Mine, edited');

    await act(() => openUploadedFile(file(sent)));
    await user.click(await screen.findByRole('button', { name: 'Replace mine with the file' }));
    await waitFor(() => expect(services.library.get(sent.id).title).toBe('Sample'));
    expect(services.library.revisions(sent.id).map((r) => r.title)).toContain('Mine, edited');
  });

  it('offers edits back that never reached the library, with what they are and when; keep saves them', async () => {
    const design = sampleDesign();
    services.library.save(design, 'save');
    // A tab that crashed: its journal holds a newer title and statement.
    journal.open(design);
    journal.record({ ...design, title: 'Typed before the crash' });
    await journal.settled();
    resetJournalForTests(); // a new tab

    const user = userEvent.setup();
    render(<App />);
    await act(() => openFromLibrary(design.id));
    const dialog = await screen.findByRole('dialog', { name: /^Unsaved changes from \d{1,2}:\d{2}/ });
    expect(within(dialog).getByText(/was “Sample”, now “Typed before the crash”/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Keep the recovered changes' }));
    expect(useDesignStore.getState().design!.title).toBe('Typed before the crash');
    await waitFor(() => expect(services.library.get(design.id).title).toBe('Typed before the crash'));
    // Kept once: reopening does not offer it again.
    resetJournalForTests();
    expect(await journal.pending(design.id)).toEqual([]);
  });

  it('discarding recovered edits keeps the library version and forgets them', async () => {
    const design = sampleDesign();
    services.library.save(design, 'save');
    journal.open(design);
    journal.record({ ...design, title: 'Not wanted' });
    await journal.settled();
    resetJournalForTests();
    const user = userEvent.setup();
    render(<App />);
    await act(() => openFromLibrary(design.id));
    await user.click(await screen.findByRole('button', { name: 'Discard them' }));
    expect(useDesignStore.getState().design!.title).toBe('Sample');
    resetJournalForTests();
    expect(await journal.pending(design.id)).toEqual([]);
  });
});
