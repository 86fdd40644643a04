import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openServices, type Services } from '../../../main/api/handlers';
import type { DesignerShell } from '../../../renderer/api';
import { useAppStore } from '../../../renderer/state/app-store';
import { AUTOSAVE_DELAY_MS, startAutosave } from '../../../renderer/state/autosave';
import { useDesignStore } from '../../../renderer/state/design-store';
import { connectShell } from '../../../renderer/state/shell';
import { runCommand } from '../../../renderer/state/shortcuts';
import { directApi } from '../../helpers/api';
import { sampleDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

/** The desktop shell's side of the renderer: the dirty flag for the quit prompt, OS-opened files, menu exports. */
describe('desktop shell connection', () => {
  const tempDir = useTempDirs();
  let services: Services;
  let stopAutosave: () => void;
  let disconnect: () => void;
  let dirty: boolean[];
  let openFile: (path: string) => void;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    services = openServices(tempDir());
    useAppStore.getState().set({ api: directApi(services), screen: 'design', mode: 'author', exporting: null });
    stopAutosave = startAutosave();
    useDesignStore.getState().load(sampleDesign());
    dirty = [];
    const shell: DesignerShell = {
      onCommand: () => () => {},
      onOpenFile: (listener) => ((openFile = listener), () => {}),
      setDirty: (value) => dirty.push(value),
    };
    disconnect = connectShell(shell);
  });
  afterEach(async () => {
    disconnect();
    stopAutosave();
    await services.close();
    vi.useRealTimers();
  });

  it('reports unsaved work while edits wait for the library, and clean once saved', async () => {
    useDesignStore.getState().update((design) => void (design.title = 'Edited'));
    expect(dirty).toEqual([true]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 50);
    expect(dirty).toEqual([true, false]);
  });

  it('keeps a design file dirty until it is written, even after the library has the edit', async () => {
    useDesignStore.getState().load(sampleDesign(), '/tmp/design.cbld');
    useDesignStore.getState().update((design) => void (design.title = 'Edited'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 50);
    expect(dirty.at(-1)).toBe(true);
    useDesignStore.getState().markFileSaved('/tmp/design.cbld');
    expect(dirty.at(-1)).toBe(false);
  });

  it('opens a design file the OS hands over', async () => {
    const path = `${tempDir()}/opened.cbld`;
    const design = { ...sampleDesign(), id: 'from-os', title: 'From the OS' };
    const { writeDesignFile } = await import('../../../main/services/files/design-file');
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
