import i18next from 'i18next';
import { createDesign, newId, type Design, type Interpretation } from '../../shared/model';
import { api, useAppStore } from './app-store';
import { flushAutosave } from './autosave';
import { useDesignStore } from './design-store';

const say = (tone: 'info' | 'error', text: string) => useAppStore.getState().set({ notice: { tone, text } });
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Puts a design in the library (so autosave has a home) and opens the walkthrough on it. */
async function openDesign(design: Design, filePath: string | null = null): Promise<void> {
  await api()['library.save']({ design, kind: 'save' });
  useDesignStore.getState().load(design, filePath);
  useAppStore.getState().set({ screen: 'design', step: 'interpretation', notice: null });
}

async function attempt(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    say('error', messageOf(error));
  }
}

export const newDesign = (interpretation: Interpretation, title: string) =>
  attempt(() => openDesign(createDesign({ interpretation, title })));

export const openFromLibrary = (id: string) =>
  attempt(async () => {
    const design = await api()['library.get']({ id });
    useDesignStore.getState().load(design);
    useAppStore.getState().set({ screen: 'design', step: 'interpretation', notice: null });
  });

/** An example opens as the user's own copy: a new id, so the shipped example stays pristine. */
export const openExample = (id: string) =>
  attempt(async () => {
    const example = await api()['catalog.example']({ id });
    await openDesign({ ...example, id: newId(), review: { ...example.review, comments: [] } });
  });

/** Browser: the user picked or dropped a file; it goes through the same reading checks as on disk. */
export const openUploadedFile = (file: File) =>
  attempt(async () => {
    const opened = await api()['files.parse']({ name: file.name, text: await file.text() });
    await openDesign(opened.design);
  });

/** Electron: native dialog, then the file is read by the main process. */
export const openFileWithDialog = () =>
  attempt(async () => {
    const path = await api()['dialogs.openDesign']({});
    if (!path) return;
    const opened = await api()['files.open']({ path });
    await openDesign(opened.design, opened.source);
  });

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const designFileName = (design: Design) =>
  `${
    (design.title || 'design')
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .trim()
      .slice(0, 80) || 'design'
  }.cbld`;

/** Save: keeps a revision in the library; writes the design file when there is one (Electron). */
export const saveDesign = () =>
  attempt(async () => {
    const { design, filePath } = useDesignStore.getState();
    if (!design) return;
    await flushAutosave();
    await api()['library.save']({ design, kind: 'save' });
    if (filePath && useAppStore.getState().info?.nativeDialogs) {
      await api()['files.save']({ path: filePath, design });
      useDesignStore.getState().markFileSaved(filePath);
    }
    say('info', i18next.t('notices.saved'));
  });

/** Save As: native dialog in Electron; a download of the design file in the browser. */
export const saveDesignAs = () =>
  attempt(async () => {
    const { design } = useDesignStore.getState();
    if (!design) return;
    if (!useAppStore.getState().info?.nativeDialogs) {
      download(designFileName(design), new Blob([JSON.stringify(design, null, 2)], { type: 'application/json' }));
      return;
    }
    const path = await api()['dialogs.saveFile']({ suggestedName: designFileName(design), extension: 'cbld' });
    if (!path) return;
    await api()['files.save']({ path, design });
    useDesignStore.getState().markFileSaved(path);
  });

export const backToStart = () =>
  attempt(async () => {
    await flushAutosave();
    useDesignStore.getState().close();
    useAppStore.getState().set({ screen: 'start', notice: null });
  });
