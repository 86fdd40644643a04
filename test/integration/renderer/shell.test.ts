import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openServices, type Services } from '../../../main/api/handlers';
import { ServiceError } from '../../../main/services/errors';
import { readDesignFile, writeDesignFile } from '../../../main/services/files/design-file';
import type { SaveOutcome, SaveReport, SaveRequestMode } from '../../../shared/shell';
import type { DesignerShell } from '../../../renderer/api';
import { useAppStore } from '../../../renderer/state/app-store';
import { AUTOSAVE_DELAY_MS, startAutosave } from '../../../renderer/state/autosave';
import { useDesignStore } from '../../../renderer/state/design-store';
import { connectShell } from '../../../renderer/state/shell';
import { runCommand } from '../../../renderer/state/shortcuts';
import { directApi } from '../../helpers/api';
import { sampleDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

/** The desktop shell's side of the renderer: the save state for the close prompt, its save requests, OS-opened files, menu exports. */
describe('desktop shell connection', () => {
  const tempDir = useTempDirs();
  let services: Services;
  let stopAutosave: () => void;
  let disconnect: () => void;
  let reports: SaveReport[];
  let openFile: (path: string) => void;
  let saveRequest: (mode: SaveRequestMode) => Promise<SaveOutcome>;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    services = openServices(tempDir());
    useAppStore.getState().set({
      api: directApi(services),
      screen: 'design',
      mode: 'author',
      exporting: null,
      save: { state: 'saved', at: 0 },
    });
    stopAutosave = startAutosave();
    useDesignStore.getState().load(sampleDesign());
    reports = [];
    const shell: DesignerShell = {
      onCommand: () => () => {},
      onOpenFile: (listener) => ((openFile = listener), () => {}),
      reportSave: (report) => reports.push(report),
      onSaveRequest: (handler) => ((saveRequest = handler), () => {}),
      reportLanguage: () => {},
    };
    disconnect = connectShell(shell);
  });
  afterEach(async () => {
    disconnect();
    stopAutosave();
    await services.close();
    vi.useRealTimers();
  });

  const edit = (title: string) => useDesignStore.getState().update((design) => void (design.title = title));

  it('reports the library save as it goes: pending, saving, saved', async () => {
    expect(reports).toEqual([{ library: 'saved', error: '', fileBehind: '' }]); // at once, on connecting
    edit('Edited');
    expect(reports.at(-1)).toEqual({ library: 'pending', error: '', fileBehind: '' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 50);
    expect(reports.map((report) => report.library)).toEqual(['saved', 'pending', 'saving', 'saved']);
  });

  it('reports a failed library save with its message', async () => {
    vi.spyOn(services.library, 'save').mockImplementation(() => {
      throw new ServiceError('disk-full', 'The disk is full.');
    });
    edit('Edited');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 50);
    expect(reports.at(-1)).toEqual({ library: 'failed', error: 'The disk is full.', fileBehind: '' });
  });

  it('reports a design file that is behind until it is written, even after the library has the edit', async () => {
    useDesignStore.getState().load(sampleDesign(), '/tmp/design.cbld');
    edit('Edited');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 50);
    expect(reports.at(-1)).toEqual({ library: 'saved', error: '', fileBehind: '/tmp/design.cbld' });
    useDesignStore.getState().markFileSaved('/tmp/design.cbld');
    expect(reports.at(-1)).toEqual({ library: 'saved', error: '', fileBehind: '' });
  });

  it('saves whatever design is loaded when the close prompt asks, also behind the start screen', async () => {
    const path = join(tempDir(), 'plan.cbld');
    await writeDesignFile(path, sampleDesign());
    useDesignStore.getState().load(sampleDesign(), path);
    edit('Saved on closing');
    runCommand('new'); // File > New Design: the start screen, the design still loaded
    expect(useAppStore.getState().screen).toBe('start');
    await expect(saveRequest('save')).resolves.toEqual({ outcome: 'saved', message: '' });
    expect(services.library.get(sampleDesign().id).title).toBe('Saved on closing');
    expect(readDesignFile(path).design.title).toBe('Saved on closing');
    expect(reports.at(-1)).toEqual({ library: 'saved', error: '', fileBehind: '' });
  });

  it('answers "failed" with the reason when the library refuses the save', async () => {
    vi.spyOn(services.library, 'save').mockImplementation(() => {
      throw new ServiceError('read-only', 'The library is on a read-only drive.');
    });
    edit('Edited');
    await expect(saveRequest('save')).resolves.toEqual({
      outcome: 'failed',
      message: 'The library is on a read-only drive.',
    });
  });

  it('saves the design as a new file on "Save as File…", or says it was cancelled', async () => {
    const path = join(tempDir(), 'rescued.cbld');
    const dialog = vi.fn<() => Promise<string | null>>().mockResolvedValueOnce(null).mockResolvedValueOnce(path);
    const api = useAppStore.getState().api!;
    useAppStore.getState().set({ api: { ...api, 'dialogs.saveFile': dialog } });
    edit('Rescued');
    await expect(saveRequest('save-as')).resolves.toEqual({ outcome: 'canceled', message: '' });
    await expect(saveRequest('save-as')).resolves.toEqual({ outcome: 'saved', message: '' });
    expect(readDesignFile(path).design.title).toBe('Rescued');
    expect(useDesignStore.getState().filePath).toBe(path);
  });

  it('opens a design file the OS hands over', async () => {
    const path = `${tempDir()}/opened.cbld`;
    const design = { ...sampleDesign(), id: 'from-os', title: 'From the OS' };
    await writeDesignFile(path, design);
    openFile(path);
    await vi.waitFor(() => expect(useDesignStore.getState().design?.title).toBe('From the OS'));
    expect(useDesignStore.getState().filePath).toBe(path);
  });

  it('turns a menu export command into a rendered document', async () => {
    const render = vi.spyOn(services.exporter, 'render');
    runCommand('export:syllabus:docx');
    runCommand('export:nonsense:docx'); // unknown kinds are ignored
    await vi.waitFor(() => expect(render).toHaveBeenCalledTimes(1));
    expect(render.mock.calls[0]!.slice(1, 3)).toEqual(['syllabus', 'docx']);
  });
});
